-- Checkout, payment and order lookups that V3/V4 do not cover.

-- The cart an order was placed from. A cart yields at most one live order: a second checkout of the same
-- cart (another idempotency key, another tab) fails on this index instead of charging twice. A cancelled
-- order (declined card, timeout) frees the cart for another try.
alter table customer_order add column cart_id varchar(43);
create unique index customer_order_live_cart_idx on customer_order (cart_id) where status <> 'CANCELLED';

-- Admin search by e-mail (prefix, case-insensitive).
create index customer_order_email_idx on customer_order (lower(email) text_pattern_ops);

-- Reconciliation scans payments still waiting for their provider's confirmation.
create index payment_processing_idx on payment (created_at) where status = 'PROCESSING';
