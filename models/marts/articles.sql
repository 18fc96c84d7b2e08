-- The contract's `articles`: one row per distinct document, as int_articles_finalized
-- builds it. Incremental like its source, so a build copies only the new articles.
{{ config(materialized='incremental', unique_key='article_id') }}
with

articles as (

    select * from {{ ref('int_articles_finalized') }}
    where {{ only_new_documents() }}

)

select * from articles
