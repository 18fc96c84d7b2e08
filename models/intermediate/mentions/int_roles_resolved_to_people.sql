-- A title standing for a person linked to who it means: the person the article named
-- before it (int_roles_resolved_to_named_office_holders, int_roles_resolved_to_counterparts)
-- or, failing that, the office holder of the article's date
-- (int_roles_resolved_to_office_holders_of_the_day). Titles no one is found for are left out.
with

standalone_titles as (

    select * from {{ ref('int_standalone_titles_selected') }}
    where {{ only_new_documents() }}

),

named_office_holders as (

    select * from {{ ref('int_roles_resolved_to_named_office_holders') }}
    where {{ only_new_documents() }}

),

counterparts as (

    select * from {{ ref('int_roles_resolved_to_counterparts') }}
    where {{ only_new_documents() }}

),

office_holders_of_the_day as (

    select * from {{ ref('int_roles_resolved_to_office_holders_of_the_day') }}
    where {{ only_new_documents() }}

),

-- one title is either "counterpart" or an office, so at most one antecedent each
antecedents as (

    select * from named_office_holders
    union all
    select * from counterparts

),

resolved as (

    select
        standalone_titles.article_id,
        standalone_titles.sentence_index,
        standalone_titles.phrase_start as char_start,
        standalone_titles.title_end as char_end,
        standalone_titles.title_key,
        standalone_titles.office,
        coalesce(antecedents.entity_id, office_holders_of_the_day.entity_id) as entity_id,
        standalone_titles.loaded_at
    from standalone_titles
    left join antecedents
        on
            standalone_titles.article_id = antecedents.article_id
            and standalone_titles.sentence_index = antecedents.sentence_index
            and standalone_titles.first_word = antecedents.first_word
    left join office_holders_of_the_day
        on
            standalone_titles.article_id = office_holders_of_the_day.article_id
            and standalone_titles.sentence_index = office_holders_of_the_day.sentence_index
            and standalone_titles.first_word = office_holders_of_the_day.first_word

)

select * from resolved
where entity_id is not null
