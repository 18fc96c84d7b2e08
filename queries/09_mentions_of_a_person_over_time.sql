-- Mentions of a person over time, by month of publication: Shehbaz Sharif here.
select
    date_trunc('month', articles.published_date)::date as published_month,
    count(*) as mentions,
    count(distinct mentions.article_id) as articles,
    string_agg(distinct mentions.surface, ' | ' order by mentions.surface) as written_as
from mentions
inner join articles on mentions.article_id = articles.article_id
where mentions.entity_id = 'shehbaz-sharif'
group by all
order by published_month nulls last;
