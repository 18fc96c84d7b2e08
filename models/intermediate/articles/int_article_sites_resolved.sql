-- One row per document: the site its url belongs to, named by the outlets seed's
-- `domain` (the longest listed domain the host ends with, so "profit.pakistantoday.com.pk"
-- is Profit and "uk.news.yahoo.com" Yahoo News), else by its host without "www."; null
-- without a url.
with

documents as (

    select
        document_id,
        -- "https://www.example.co.uk:443/a/b" -> "example.co.uk"
        nullif(regexp_replace(
            lower(regexp_extract(url, '^(?:[A-Za-z][A-Za-z0-9+.-]*://)?(?:[^@/?#]*@)?([^/:?#\s]+)', 1)),
            '^www\d*\.|\.$',
            '',
            'g'
        ), '') as host,
        loaded_at
    from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

-- Every domain the host belongs to, from itself up: "a.b.com" -> a.b.com, b.com, com.
host_suffixes as (

    select
        document_id,
        host,
        unnest(
            list_transform(
                generate_series(1, len(string_split(host, '.'))),
                position -> array_to_string(string_split(host, '.')[position:], '.')
            )
        ) as domain
    from documents
    where contains(host, '.')

),

-- The site: the most specific listed domain, else the host itself.
url_sites as (

    select
        host_suffixes.document_id,
        coalesce(
            arg_max(outlets.outlet, length(host_suffixes.domain)) filter (where outlets.outlet is not null),
            any_value(host_suffixes.host)
        ) as site
    from host_suffixes
    left join {{ ref('outlets') }} as outlets on host_suffixes.domain = outlets.domain
    group by host_suffixes.document_id

),

sites as (

    select
        documents.document_id,
        documents.host,
        url_sites.site,
        documents.loaded_at
    from documents
    left join url_sites on documents.document_id = url_sites.document_id

)

select * from sites
