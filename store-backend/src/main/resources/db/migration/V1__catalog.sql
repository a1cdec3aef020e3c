-- Catalog: categories and products, with full-text search over English and French text.

create table category (
    id          bigint generated always as identity primary key,
    slug        varchar(80)  not null unique,
    name        varchar(120) not null,
    name_fr     varchar(120),
    position    integer      not null default 0
);

-- array_to_string is only STABLE in general, but for text[] it cannot change: wrapping it lets the
-- generated search column below use it.
create function catalog_tags_text(tags text[]) returns text
    language sql immutable parallel safe
    return coalesce(array_to_string(tags, ' '), '');

create table product (
    id                  bigint generated always as identity primary key,
    slug                varchar(120) not null unique,
    title               varchar(200) not null,
    description         text         not null default '',
    price_minor         bigint       not null check (price_minor >= 0),
    currency            char(3)      not null,
    category_id         bigint       not null references category (id),
    tags                text[]       not null default '{}',
    kind                varchar(20)  not null check (kind in ('DOWNLOAD', 'LICENCE_KEY', 'DOWNLOAD_AND_KEY')),
    active              boolean      not null default true,
    featured            boolean      not null default false,
    cover_key           varchar(300),
    cover_content_type  varchar(100),
    file_key            varchar(300),
    file_name           varchar(255),
    file_size           bigint,
    file_content_type   varchar(100),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    -- English and French stemming plus 'simple' (exact words, names, brands), title weighted above tags
    -- above description.
    search_vector       tsvector generated always as (
        setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('french', title), 'A')
        || setweight(to_tsvector('simple', catalog_tags_text(tags)), 'B')
        || setweight(to_tsvector('english', description), 'C')
        || setweight(to_tsvector('french', description), 'C')
    ) stored
);

create index product_search_idx on product using gin (search_vector);
create index product_active_category_idx on product (category_id, created_at desc) where active;
create index product_active_price_idx on product (price_minor) where active;
create index product_active_created_idx on product (created_at desc, id desc) where active;
