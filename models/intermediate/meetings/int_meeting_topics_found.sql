-- The topics of each meeting: those of all its claims (int_meeting_claim_topics_found).
-- across articles: rebuilt whole on every run, from the small per-claim lists
{{ config(materialized='table') }}
with

claims as (

    select * from {{ ref('int_meeting_claims_clustered') }}

),

claim_topics as (

    select * from {{ ref('int_meeting_claim_topics_found') }}

),

found as (

    select
        claims.meeting_id,
        list(distinct claim_topic.topic order by claim_topic.topic) as topics
    from claims
    inner join claim_topics
        on
            claims.article_id = claim_topics.article_id
            and claims.entity_a = claim_topics.entity_a
            and claims.entity_b = claim_topics.entity_b
            and claims.first_sentence_index = claim_topics.first_sentence_index,
        unnest(claim_topics.topics) as claim_topic (topic)
    group by claims.meeting_id

)

select * from found
