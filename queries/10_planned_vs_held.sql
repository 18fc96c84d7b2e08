-- Planned vs held meetings per year, and how they were held (in person, phone, video).
select
    year(meetings.meeting_date) as meeting_year,
    count(*) filter (where meetings.status = 'held') as held,
    count(*) filter (where meetings.status = 'planned') as planned,
    count(*) filter (where meetings.status = 'held' and meetings.mode = 'in_person') as in_person,
    count(*) filter (where meetings.status = 'held' and meetings.mode = 'phone') as phone,
    count(*) filter (where meetings.status = 'held' and meetings.mode = 'video') as video
from meetings
group by all
order by meeting_year nulls last;
