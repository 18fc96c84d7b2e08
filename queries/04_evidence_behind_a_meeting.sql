-- The evidence behind a meeting: every article that reports it, with the sentence.
-- Here the most widely reported meeting; put a meeting_id in `chosen` for another.
with chosen as (
    select meetings.meeting_id
    from meetings
    order by meetings.source_count desc, meetings.meeting_date desc nulls last, meetings.meeting_id asc
    limit 1
)

select
    meetings.meeting_date,
    meetings.location,
    meetings.kind,
    articles.published_date,
    articles.outlet,
    articles.headline,
    articles.url,
    articles.source_file,
    meeting_sources.evidence
from chosen
inner join meetings on chosen.meeting_id = meetings.meeting_id
inner join meeting_sources on chosen.meeting_id = meeting_sources.meeting_id
inner join articles on meeting_sources.article_id = articles.article_id
order by articles.published_date nulls last, articles.outlet;
