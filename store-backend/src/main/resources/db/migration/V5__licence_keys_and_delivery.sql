-- Licence-key pools and download grants.

create table licence_key (
    id            bigint generated always as identity primary key,
    product_id    bigint       not null references product (id),
    key_value     varchar(200) not null,
    status        varchar(20)  not null default 'AVAILABLE'
        check (status in ('AVAILABLE', 'RESERVED', 'ASSIGNED', 'REVOKED')),
    order_id      bigint references customer_order (id),
    order_line_id bigint references order_line (id),
    imported_at   timestamptz  not null default now(),
    reserved_at   timestamptz,
    assigned_at   timestamptz,
    unique (product_id, key_value)
);
create index licence_key_available_idx on licence_key (product_id, id) where status = 'AVAILABLE';
create index licence_key_order_idx on licence_key (order_id);

create table download_grant (
    id             bigint generated always as identity primary key,
    order_id       bigint      not null references customer_order (id),
    order_line_id  bigint      not null references order_line (id),
    product_id     bigint      not null references product (id),
    -- SHA-256 of the token; the token itself is derived from token_nonce with the server's key (see
    -- DownloadTokens), so a copy of the database alone opens no download.
    token_hash     bytea       not null unique,
    token_nonce    bytea       not null,
    expires_at     timestamptz not null,
    max_downloads  integer     not null check (max_downloads > 0),
    downloads_used integer     not null default 0 check (downloads_used >= 0),
    revoked_at     timestamptz,
    created_at     timestamptz not null default now(),
    unique (order_line_id)
);
create index download_grant_order_idx on download_grant (order_id);
