-- Side effects relayed from an outbox, and idempotent request records.

create table outbox_message (
    id           bigint generated always as identity primary key,
    topic        varchar(100) not null,
    -- the business key: at most one message per topic and key, so a retried producer cannot enqueue twice
    message_key  varchar(200) not null,
    payload      jsonb        not null,
    created_at   timestamptz  not null default now(),
    available_at timestamptz  not null default now(),
    attempts     integer      not null default 0,
    last_error   text,
    processed_at timestamptz,
    unique (topic, message_key)
);
create index outbox_message_pending_idx on outbox_message (available_at, id) where processed_at is null;

create table idempotency_record (
    scope                 varchar(120) not null,
    idempotency_key       varchar(255) not null,
    request_hash          bytea        not null,
    status                varchar(20)  not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    response_status       integer,
    response_content_type varchar(100),
    response_body         bytea,
    created_at            timestamptz  not null default now(),
    locked_until          timestamptz  not null,
    expires_at            timestamptz  not null,
    primary key (scope, idempotency_key)
);
create index idempotency_record_expiry_idx on idempotency_record (expires_at);
