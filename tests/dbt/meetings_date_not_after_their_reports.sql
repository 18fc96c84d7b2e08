-- A meeting's date is never later than 30 days after the latest publication date of the
-- articles reporting it (a planned meeting is announced shortly before it), and a meeting
-- reported as held is never dated after its latest report. Meetings whose sources are
-- all undated are not checked. Returns the meetings that break it.
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
where
    meetings.meeting_date > reports.latest_published_date + 30
    or (meetings.status = 'held' and meetings.meeting_date > reports.latest_published_date)
