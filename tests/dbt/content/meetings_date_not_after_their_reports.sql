-- A meeting reported as held is never dated after its latest report (announcements may
-- look far ahead, so planned meetings are not checked). Meetings whose sources are all
-- undated are not checked. Returns the meetings that break it.
with

reports as (

    select
        sources.meeting_id,
        max(articles.published_date) as latest_published_date
    from {{ ref('meeting_sources') }} as sources
    inner join {{ ref('articles') }} as articles on sources.article_id = articles.article_id
    group by sources.meeting_id

)

select
    meetings.meeting_id,
    meetings.meeting_date,
    meetings.status,
    reports.latest_published_date
from {{ ref('meetings') }} as meetings
inner join reports on meetings.meeting_id = reports.meeting_id
where meetings.status = 'held' and meetings.meeting_date > reports.latest_published_date
