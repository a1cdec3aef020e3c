-- Carts: guest carts are reached by an unguessable id; a signed-in customer has at most one open cart.

create table cart (
    id          varchar(43) primary key,
    customer_id bigint references customer (id),
    status      varchar(20) not null default 'OPEN' check (status in ('OPEN', 'CHECKED_OUT', 'MERGED')),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0
);
create unique index cart_open_per_customer_idx on cart (customer_id) where status = 'OPEN';

create table cart_item (
    cart_id    varchar(43) not null references cart (id) on delete cascade,
    product_id bigint      not null references product (id),
    quantity   integer     not null check (quantity between 1 and 100),
    added_at   timestamptz not null default now(),
    primary key (cart_id, product_id)
);
