-- One row per occurrence of an entity in an article body, with the text as written and
-- its offsets: substr(body, char_start + 1, char_end - char_start) = surface.
{{ config(materialized='incremental', unique_key='article_id') }}
with

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

articles as (

    select
        article_id,
        body
    from {{ ref('articles') }}

),

located as (

    select
        md5(mentions.article_id || ':' || mentions.char_start || ':' || mentions.char_end || ':' || mentions.entity_id)
            as mention_id,
        mentions.article_id,
        mentions.entity_id,
        substr(articles.body, mentions.char_start + 1, mentions.char_end - mentions.char_start) as surface,
        mentions.sentence_index,
        mentions.char_start,
        mentions.char_end,
        mentions.found_by
    from mentions
    inner join articles on mentions.article_id = articles.article_id

),

-- each article's load, for the incremental watermark
article_loads as (

    select distinct
        article_id,
        loaded_at
    from mentions

)

select
    located.*,
    article_loads.loaded_at
from located
left join article_loads on located.article_id = article_loads.article_id
