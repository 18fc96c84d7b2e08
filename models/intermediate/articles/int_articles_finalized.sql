-- depends_on: {{ ref('page_sections') }}
-- One row per distinct document: the article the page carries, with its fields (the
-- `articles` mart publishes these rows).
{{ config(unique_key='article_id') }}
with

documents as (

    select * from {{ ref('stg_loader__documents') }}
    where {{ only_new_documents() }}

),

headline_lines as (

    select
        document_id,
        line_text
    from {{ ref('int_document_lines_zoned') }}
    where zone = 'headline' and {{ only_new_documents() }}

),

bodies as (

    select * from {{ ref('int_article_bodies_assembled') }}
    where {{ only_new_documents() }}

),

dates as (

    select * from {{ ref('int_article_dates_resolved') }}
    where {{ only_new_documents() }}

),

outlets as (

    select * from {{ ref('int_article_outlets_resolved') }}
    where {{ only_new_documents() }}

),

authors as (

    select * from {{ ref('int_article_authors_resolved') }}
    where {{ only_new_documents() }}

),

joined as (

    select
        documents.document_id as article_id,
        documents.source_file,
        documents.url,
        coalesce(
            documents.title_hint,
            -- "Foreign OfficeQureshi, Lavrov lead …": a section name glued to the title
            regexp_replace(
                headline_lines.line_text,
                '^(?:' || {{ rule_regex('page_sections', pattern_column='section') }} || ')([A-Z][a-z])',
                '\1'
            )
        ) as headline,
        dates.published_date,
        dates.published_at,
        outlets.outlet,
        outlets.agency,
        authors.author,
        bodies.dateline,
        bodies.body,
        {{ count_words('bodies.body') }}::integer as word_count,
        documents.loaded_at
    from documents
    left join headline_lines on documents.document_id = headline_lines.document_id
    left join bodies on documents.document_id = bodies.document_id
    left join dates on documents.document_id = dates.document_id
    left join outlets on documents.document_id = outlets.document_id
    left join authors on documents.document_id = authors.document_id

)

select * from joined
