-- Topics over time: how many held meetings discussed each topic, per year.
with meeting_topics as (
    select
        year(meetings.meeting_date) as meeting_year,
        unnest(meetings.topics) as topic
    from meetings
    where meetings.status = 'held' and meetings.meeting_date is not null
)

select
    meeting_topics.meeting_year,
    meeting_topics.topic,
    count(*) as meetings
from meeting_topics
group by all
order by meeting_topics.meeting_year asc, meetings desc, meeting_topics.topic asc;
