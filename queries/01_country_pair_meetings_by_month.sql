-- Meetings between two countries, by month: Pakistan (PK) and Russia (RU) here.
-- A meeting counts when it has a participant from each side.
with pair_meetings as (
    select meeting_participants.meeting_id
    from meeting_participants
    group by meeting_participants.meeting_id
    having
        bool_or(meeting_participants.country_code = 'PK')
        and bool_or(meeting_participants.country_code = 'RU')
)

select
    date_trunc('month', meetings.meeting_date)::date as meeting_month,
    count(*) as meetings,
    count(*) filter (where meetings.status = 'held') as held,
    count(*) filter (where meetings.status = 'planned') as planned,
    sum(meetings.source_count)::bigint as reports
from meetings
inner join pair_meetings on meetings.meeting_id = pair_meetings.meeting_id
group by all
order by meeting_month nulls last;
