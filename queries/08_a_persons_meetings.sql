-- One person's meetings and whom they met: Sergey Lavrov here (entities.entity_id).
with own_meetings as (
    select
        meeting_participants.meeting_id,
        meeting_participants.role
    from meeting_participants
    where meeting_participants.entity_id = 'sergey-lavrov'
),

counterparts as (
    select
        meeting_participants.meeting_id,
        string_agg(meeting_participants.name, ', ' order by meeting_participants.name) as met
    from meeting_participants
    inner join own_meetings on meeting_participants.meeting_id = own_meetings.meeting_id
    where meeting_participants.entity_id <> 'sergey-lavrov'
    group by meeting_participants.meeting_id
)

select
    meetings.meeting_date,
    meetings.status,
    meetings.mode,
    meetings.kind,
    meetings.location,
    own_meetings.role,
    counterparts.met,
    meetings.topics,
    meetings.evidence
from own_meetings
inner join meetings on own_meetings.meeting_id = meetings.meeting_id
left join counterparts on own_meetings.meeting_id = counterparts.meeting_id
order by meetings.meeting_date desc nulls last;
