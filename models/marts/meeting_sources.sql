-- Which articles report which meeting, with the sentence in each that states it.
with

claims as (

    select * from {{ ref('int_meeting_claims_clustered') }}

),

sources as (

    select
        meeting_id,
        article_id,
        arg_min(evidence, evidence_sentence_index) as evidence,
        min(evidence_sentence_index) as sentence_index
    from claims
    group by meeting_id, article_id

)

select * from sources
