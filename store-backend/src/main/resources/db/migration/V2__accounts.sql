-- Accounts, revoked access tokens and sign-in throttling.

create table customer (
    id               bigint generated always as identity primary key,
    email            varchar(254) not null,
    -- lower-cased, trimmed: the identity used for sign-in and uniqueness
    email_normalized varchar(254) not null unique,
    display_name     varchar(120),
    password_hash    varchar(255) not null,
    role             varchar(20)  not null check (role in ('CUSTOMER', 'ADMIN')),
    created_at       timestamptz  not null default now()
);

-- Signed-out access tokens stay refused until they would have expired anyway.
create table revoked_token (
    jti        varchar(64) primary key,
    expires_at timestamptz not null
);
create index revoked_token_expiry_idx on revoked_token (expires_at);

-- Failed sign-ins counted per bucket (an account from one address, an address, an account) and window.
create table sign_in_throttle (
    bucket       varchar(320) primary key,
    window_start timestamptz  not null,
    failures     integer      not null
);

-- Addresses an account has signed in from successfully: the owner is never throttled by strangers' failures.
create table known_sign_in_address (
    customer_id bigint      not null references customer (id) on delete cascade,
    address     varchar(64) not null,
    last_seen   timestamptz not null,
    primary key (customer_id, address)
);
