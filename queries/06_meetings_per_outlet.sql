-- Meetings per outlet: how many articles each outlet has, and how many meetings they report.
with outlet_articles as (
    select
        coalesce(articles.outlet, '(unknown outlet)') as outlet,
        articles.article_id
    from articles
)

select
    outlet_articles.outlet,
    count(distinct outlet_articles.article_id) as articles,
    count(distinct meeting_sources.meeting_id) as meetings_reported,
    count(distinct meeting_sources.article_id) as articles_reporting_a_meeting
from outlet_articles
left join meeting_sources on outlet_articles.article_id = meeting_sources.article_id
group by all
order by meetings_reported desc, articles desc, outlet_articles.outlet asc;
