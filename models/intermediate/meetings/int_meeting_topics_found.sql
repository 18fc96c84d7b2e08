-- The topics of each meeting: keywords of the topics seed ("gas pipeline", "Sputnik
-- V", "terrorism") found in the sentences of its source articles that state the
-- meeting or name one of its two participants. Matched as word n-grams joined to the
-- keyword table.
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
with

claims as (

    select * from {{ ref('int_meeting_claims_clustered') }}

),

mentions as (

    select * from {{ ref('mentions') }}

),

sentences as (

    select * from {{ ref('int_sentence_words_listed') }}

),

topics as (

    select
        {{ name_key('keyword') }} as keyword_key,
        topic
    from {{ ref('topics') }}

),

meeting_sentences as (

    select distinct
        claims.meeting_id,
        claims.article_id,
        unnest(claims.sentence_indexes) as sentence_index
    from claims
    union
    select distinct
        claims.meeting_id,
        claims.article_id,
        mentions.sentence_index
    from claims
    inner join mentions
        on
            claims.article_id = mentions.article_id
            and mentions.entity_id in (claims.entity_a, claims.entity_b)

),

ngrams as (

    select
        meeting_sentences.meeting_id,
        unnest({{ word_ngrams('sentences.word_keys', 3) }}) as ngram
    from meeting_sentences
    inner join sentences
        on
            meeting_sentences.article_id = sentences.article_id
            and meeting_sentences.sentence_index = sentences.sentence_index

),

found as (

    select
        ngrams.meeting_id,
        list(distinct topics.topic order by topics.topic) as topics
    from ngrams
    inner join topics on ngrams.ngram = topics.keyword_key
    group by ngrams.meeting_id

)

select * from found
