-- Titles that stand for a person instead of introducing a name: "the prime minister",
-- "his Russian counterpart", "the visiting foreign minister". A title counts after a
-- determiner or a word like "visiting" or "interim", when it names an office (or is
-- "counterpart") and no name follows it ("Prime Minister Omar Baig" is a titled name,
-- int_titled_names_linked) nor a capitalised word other than another title ("the Prime
-- Minister Office" is a place).
with

titles as not materialized (

    select * from {{ ref('int_titles_located') }}
    where {{ only_new_documents() }}

),

titled_names as (

    select * from {{ ref('int_titled_names_linked') }}
    where {{ only_new_documents() }}

),

standalone_titles as (

    select titles.*
    from titles
    -- "the Supreme Leader His Eminence, …": an honorific after the title is no place name
    left join titles as next_titles
        on
            titles.article_id = next_titles.article_id
            and titles.sentence_index = next_titles.sentence_index
            and titles.last_word + 1 = next_titles.first_word
    anti join titled_names
        on
            titles.article_id = titled_names.article_id
            and titles.sentence_index = titled_names.sentence_index
            and titles.first_word = titled_names.title_first_word
    where
        (
            titles.word_before in (
                'the', 'his', 'her', 'their', 'its', 'visiting', 'outgoing', 'incoming', 'caretaker', 'interim'
            )
            -- "Pakistan's prime minister": the possessive country is the determiner
            or titles.is_qualified_by_possessive
        )
        and (titles.office is not null or titles.title_key = 'counterpart')
        -- "the Prime Minister Office", "the President House" name a place, not a person
        and not (titles.is_followed_by_capitalized_word and next_titles.first_word is null)

)

select
    article_id,
    sentence_index,
    first_word,
    title_key,
    office,
    qualifier_country_code,
    phrase_start,
    title_start,
    title_end,
    loaded_at
from standalone_titles
