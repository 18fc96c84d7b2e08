-- One row per occurrence of an entity in an article body, with the text as written and
-- its offsets: substr(body, char_start + 1, char_end - char_start) = surface.
with

mentions as (

    select * from {{ ref('int_mentions_combined') }}

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

)

select * from located
