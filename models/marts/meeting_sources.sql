-- Which articles report which meeting, with the sentence in each that states it: of an
-- article's several claims of the meeting (the pairs of a joint meeting, or a meeting
-- both announced and reported), a held one first, then as the meetings mart picks.
with

claims as (

    select * from {{ ref('int_meeting_claims_clustered') }}

),

sources as (

    select
        meeting_id,
        article_id,
        arg_min(evidence, ((status <> 'held')::integer, first_sentence_index, evidence_sentence_index)) as evidence,
        arg_min(
            evidence_sentence_index, ((status <> 'held')::integer, first_sentence_index, evidence_sentence_index)
        ) as sentence_index
    from claims
    group by meeting_id, article_id

)

select * from sources
