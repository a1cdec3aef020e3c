-- Orders with a price snapshot, payments, and the webhook events already handled.

create table customer_order (
    id                bigint generated always as identity primary key,
    -- what people see and type: random, so order volumes do not leak
    reference         varchar(20)  not null unique,
    -- SHA-256 of the guest access token
    access_token_hash bytea        not null unique,
    customer_id       bigint references customer (id),
    email             varchar(254) not null,
    billing_country   char(2)      not null,
    status            varchar(20)  not null
        check (status in ('PENDING_PAYMENT', 'PAID', 'FULFILLED', 'CANCELLED', 'REFUNDED')),
    currency          char(3)      not null,
    total_minor       bigint       not null check (total_minor >= 0),
    cancel_reason     varchar(200),
    created_at        timestamptz  not null default now(),
    paid_at           timestamptz,
    fulfilled_at      timestamptz,
    cancelled_at      timestamptz,
    refunded_at       timestamptz,
    version           bigint       not null default 0
);
create index customer_order_customer_idx on customer_order (customer_id, created_at desc);
create index customer_order_status_idx on customer_order (status, created_at);
create index customer_order_created_idx on customer_order (created_at desc);

create table order_line (
    id               bigint generated always as identity primary key,
    order_id         bigint       not null references customer_order (id),
    product_id       bigint       not null references product (id),
    product_slug     varchar(120) not null,
    title            varchar(200) not null,
    kind             varchar(20)  not null,
    unit_price_minor bigint       not null check (unit_price_minor >= 0),
    quantity         integer      not null check (quantity between 1 and 100),
    line_total_minor bigint       not null check (line_total_minor >= 0)
);
create index order_line_order_idx on order_line (order_id);

create table payment (
    id                  bigint generated always as identity primary key,
    order_id            bigint       not null unique references customer_order (id),
    provider            varchar(40)  not null,
    provider_payment_id varchar(100) not null unique,
    status              varchar(20)  not null check (status in ('PROCESSING', 'SUCCEEDED', 'DECLINED', 'REFUNDED')),
    amount_minor        bigint       not null,
    currency            char(3)      not null,
    decline_code        varchar(60),
    decline_message     varchar(300),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);

create table payment_webhook_event (
    event_id    varchar(100) primary key,
    type        varchar(60)  not null,
    received_at timestamptz  not null default now()
);
