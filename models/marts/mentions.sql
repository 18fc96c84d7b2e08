-- One row per occurrence of an entity in an article body, with the text as written and
-- its offsets: substr(body, char_start + 1, char_end - char_start) = surface.
{{ config(materialized='incremental', unique_key='article_id') }}
with

mentions as (

    select * from {{ ref('int_mentions_combined') }}
    where {{ only_new_documents() }}

),

-- the surface is cut from its sentence (the sentence is the body at its offsets): a
-- substring near the start of a short text, not deep inside the whole body
sentences as (

    select
        article_id,
        sentence_index,
        char_start as sentence_start,
        sentence_text
    from {{ ref('int_article_sentences_split') }}
    where {{ only_new_documents() }}

),

located as (

    select
        md5(mentions.article_id || ':' || mentions.char_start || ':' || mentions.char_end || ':' || mentions.entity_id)
            as mention_id,
        mentions.article_id,
        mentions.entity_id,
        substr(
            sentences.sentence_text,
            mentions.char_start - sentences.sentence_start + 1,
            mentions.char_end - mentions.char_start
        ) as surface,
        mentions.sentence_index,
        mentions.char_start,
        mentions.char_end,
        mentions.found_by,
        mentions.loaded_at
    from mentions
    inner join sentences
        on mentions.article_id = sentences.article_id and mentions.sentence_index = sentences.sentence_index

)

select * from located
