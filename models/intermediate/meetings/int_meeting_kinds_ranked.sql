-- One row per meeting kind with its rank of specificity: the lowest priority of the
-- meeting_phrases rows that give it ("farewell call" 1 before "meeting" 9). Where a
-- meeting's sentences or reports give several kinds, the best ranked one names it.
-- across articles: rebuilt whole on every run
{{ config(materialized='table') }}
with

kinds as (

    select
        kind,
        min(priority) as kind_rank
    from {{ ref('meeting_phrases') }}
    where kind is not null
    group by kind

)

select * from kinds
