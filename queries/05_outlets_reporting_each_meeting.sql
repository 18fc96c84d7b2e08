-- Every outlet that reported a meeting, meeting by meeting (most widely reported first).
with participants as (
    select
        meeting_participants.meeting_id,
        string_agg(meeting_participants.name, ', ' order by meeting_participants.name) as who
    from meeting_participants
    group by meeting_participants.meeting_id
),

outlets as (
    select
        meeting_sources.meeting_id,
        count(distinct articles.article_id) as articles,
        count(distinct coalesce(articles.outlet, '(unknown outlet)')) as outlets,
        string_agg(
            distinct coalesce(articles.outlet, '(unknown outlet)'),
            ', '
            order by coalesce(articles.outlet, '(unknown outlet)')
        ) as outlet_names
    from meeting_sources
    inner join articles on meeting_sources.article_id = articles.article_id
    group by meeting_sources.meeting_id
)

select
    meetings.meeting_date,
    meetings.location,
    participants.who,
    outlets.articles,
    outlets.outlets,
    outlets.outlet_names
from meetings
inner join outlets on meetings.meeting_id = outlets.meeting_id
left join participants on meetings.meeting_id = participants.meeting_id
order by outlets.outlets desc, outlets.articles desc, meetings.meeting_date desc nulls last;
