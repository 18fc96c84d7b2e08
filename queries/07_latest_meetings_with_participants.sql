-- The latest meetings, with who took part and in what role.
with participants as (
    select
        meeting_participants.meeting_id,
        string_agg(
            meeting_participants.name
            || coalesce(' (' || meeting_participants.role || ')', '')
            || coalesce(', ' || meeting_participants.country_code, ''),
            '; '
            order by meeting_participants.country_code, meeting_participants.name
        ) as participants
    from meeting_participants
    group by meeting_participants.meeting_id
)

select
    meetings.meeting_date,
    meetings.status,
    meetings.mode,
    meetings.kind,
    meetings.location,
    participants.participants,
    meetings.topics,
    meetings.source_count
from meetings
left join participants on meetings.meeting_id = participants.meeting_id
order by meetings.meeting_date desc nulls last, meetings.meeting_id asc
limit 20;
