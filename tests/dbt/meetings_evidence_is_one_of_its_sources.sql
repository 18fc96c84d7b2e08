-- A meeting's evidence is the evidence of one of the articles that report it. Returns
-- the meetings whose evidence no source gives.
select
    meetings.meeting_id,
    meetings.evidence
from {{ ref('meetings') }} as meetings
anti join {{ ref('meeting_sources') }} as sources
    on
        meetings.meeting_id = sources.meeting_id
        and meetings.evidence = sources.evidence
