-- meetings.source_count is the number of articles meeting_sources lists for the meeting
-- (and every meeting has at least one). Returns the meetings where they differ.
with

source_counts as (

    select
        meeting_id,
        count(*) as sources
    from {{ ref('meeting_sources') }}
    group by meeting_id

)

select
    meetings.meeting_id,
    meetings.source_count,
    source_counts.sources
from {{ ref('meetings') }} as meetings
left join source_counts on meetings.meeting_id = source_counts.meeting_id
where meetings.source_count is distinct from coalesce(source_counts.sources, 0)
