-- A realistic store, generated in SQL after the backend's Flyway migrations ran (never through the API):
-- 10,000 products, 1,000 customers, 50,000 past orders with their payments, download grants and
-- licence keys, and full licence-key pools for the products that sell keys.
-- Input: bench.word (the vocabulary, loaded by run.sh from words.txt) and :'password_hash' (an Argon2id
-- hash of the bench password, made by the backend itself). Deterministic: setseed.
\set ON_ERROR_STOP on
select setseed(0.42);

create temporary table w as select array_agg(word order by id) as words, count(*)::int as n from bench.word;

-- Products: three-word titles, two tags, a 24-word description from the same vocabulary, so shoppers'
-- searches match a realistic share of the catalog (a word is in about 1 product in 7).
insert into product (slug, title, description, price_minor, currency, category_id, tags, kind, active, featured,
                     cover_key, cover_content_type, file_key, file_name, file_size, file_content_type, created_at,
                     updated_at)
select 'product-' || i,
       initcap(words[1 + (random() * (n - 1))::int] || ' ' || words[1 + (random() * (n - 1))::int] || ' '
           || words[1 + (random() * (n - 1))::int]),
       (select string_agg(words[1 + (random() * (n - 1) + 0 * g)::int], ' ') from generate_series(1, 24) g),
       (99 + (random() * 9900)::int),
       'EUR',
       (select id from category order by id offset (i % 4) limit 1),
       array[words[1 + (random() * (n - 1))::int], words[1 + (random() * (n - 1))::int]],
       kind,
       random() > 0.02,
       random() < 0.05,
       'covers/product-' || i || '.png', 'image/png',
       case when kind <> 'LICENCE_KEY' then 'files/product-' || i || '.zip' end,
       case when kind <> 'LICENCE_KEY' then 'product-' || i || '.zip' end,
       case when kind <> 'LICENCE_KEY' then (100000 + random() * 50000000)::bigint end,
       case when kind <> 'LICENCE_KEY' then 'application/zip' end,
       now() - random() * interval '730 days',
       now() - random() * interval '30 days'
from w, generate_series(1, 10000) i,
     lateral (select case when i % 20 < 12 then 'DOWNLOAD' when i % 20 < 17 then 'LICENCE_KEY'
                          else 'DOWNLOAD_AND_KEY' end as kind) k;

-- Customers share one password (hash made by the backend's own Argon2id encoder), so the load driver can
-- sign in as any of them.
insert into customer (email, email_normalized, display_name, password_hash, role, created_at)
select 'shopper-' || i || '@bench.example', 'shopper-' || i || '@bench.example', 'Shopper ' || i,
       :'password_hash', 'CUSTOMER', now() - interval '800 days' + i * interval '15 minutes'
from generate_series(1, 1000) i;

-- Past orders: 80 % by customers, the rest by guests; mostly fulfilled.
insert into customer_order (reference, access_token_hash, customer_id, email, billing_country, status, currency,
                            total_minor, created_at, paid_at, fulfilled_at, cancelled_at, refunded_at, cancel_reason)
select 'B' || upper(lpad(to_hex(i), 9, '0')),
       sha256(('bench-order-' || i)::bytea),
       c.id,
       coalesce(c.email, 'guest-' || i || '@bench.example'),
       (array['FR','DE','US','GB','ES','IT','NL','BE','CA','JP'])[1 + i % 10],
       s.status, 'EUR', 0, t.created_at,
       case when s.status <> 'CANCELLED' then t.created_at + interval '2 seconds' end,
       case when s.status in ('FULFILLED', 'REFUNDED') then t.created_at + interval '3 seconds' end,
       case when s.status = 'CANCELLED' then t.created_at + interval '2 seconds' end,
       case when s.status = 'REFUNDED' then t.created_at + interval '3 days' end,
       case when s.status = 'CANCELLED' then 'declined:card_declined' end
from generate_series(1, 50000) i
cross join lateral (select now() - (50000 - i) * interval '20 minutes' - random() * interval '10 minutes'
                    as created_at) t
cross join lateral (select case when i % 100 < 90 then 'FULFILLED' when i % 100 < 95 then 'CANCELLED'
                               when i % 100 < 98 then 'REFUNDED' else 'PAID' end as status) s
left join customer c on i % 5 <> 0 and c.email_normalized = 'shopper-' || (1 + (i * 7919) % 1000) || '@bench.example';

-- One to three lines an order, priced as the product was.
insert into order_line (order_id, product_id, product_slug, title, kind, unit_price_minor, quantity, line_total_minor)
select o.id, p.id, p.slug, p.title, p.kind, p.price_minor, 1, p.price_minor
from customer_order o
cross join lateral generate_series(1, 1 + (o.id % 3)::int) n
join product p on p.id = 1 + ((o.id * 31 + n * 7717) % 10000);

update customer_order o set total_minor = l.total
from (select order_id, sum(line_total_minor) as total from order_line group by order_id) l
where l.order_id = o.id;

insert into payment (order_id, provider, provider_payment_id, status, amount_minor, currency, decline_code,
                     decline_message, created_at, updated_at)
select id, 'simulated', 'pi_bench_' || id,
       case status when 'CANCELLED' then 'DECLINED' when 'REFUNDED' then 'REFUNDED' else 'SUCCEEDED' end,
       total_minor, currency,
       case when status = 'CANCELLED' then 'card_declined' end,
       case when status = 'CANCELLED' then 'Your card was declined.' end,
       created_at, coalesce(paid_at, cancelled_at)
from customer_order;

-- Deliveries of fulfilled (and later refunded) orders: download grants and assigned licence keys.
insert into download_grant (order_id, order_line_id, product_id, token_hash, token_nonce, expires_at, max_downloads,
                            downloads_used, revoked_at, created_at)
select o.id, l.id, l.product_id, sha256(('bench-grant-' || l.id)::bytea), sha256(('bench-nonce-' || l.id)::bytea),
       o.fulfilled_at + interval '24 hours', 5, (l.id % 3)::int,
       case when o.status = 'REFUNDED' then o.refunded_at end, o.fulfilled_at
from customer_order o join order_line l on l.order_id = o.id
where o.status in ('FULFILLED', 'REFUNDED') and l.kind <> 'LICENCE_KEY';

insert into licence_key (product_id, key_value, status, order_id, order_line_id, imported_at, reserved_at, assigned_at)
select l.product_id, 'SOLD-' || upper(to_hex(l.id)) || '-' || upper(substr(md5(l.id::text), 1, 12)),
       case when o.status = 'REFUNDED' then 'REVOKED' else 'ASSIGNED' end,
       o.id, l.id, o.created_at - interval '1 day', o.created_at, o.fulfilled_at
from customer_order o join order_line l on l.order_id = o.id
where o.status in ('FULFILLED', 'REFUNDED') and l.kind <> 'DOWNLOAD';

-- Pools for the shoppers of the run: 40 available keys a product that sells keys.
insert into licence_key (product_id, key_value, imported_at)
select p.id, 'BENCH-' || p.id || '-' || k || '-' || upper(substr(md5(p.id || ':' || k), 1, 16)),
       now() - interval '10 days'
from product p cross join generate_series(1, 40) k
where p.kind <> 'DOWNLOAD';

-- Current statistics for the planner, as a long-running store would have.
vacuum analyze product, customer, customer_order, order_line, payment, download_grant, licence_key;
