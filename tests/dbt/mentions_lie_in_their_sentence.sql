-- A mention lies inside the sentence its sentence_index names. Returns the mentions
-- whose offsets fall outside it (or whose sentence does not exist). Checks the mentions
-- this build wrote (macros/build_scope.sql), against the sentences it wrote: a mention's
-- article, and so its sentences, came in the same load.
with

mentions as (

    select * from {{ ref('mentions') }}
    where {{ built_in_this_run('loaded_at') }}

),

sentences as (

    select * from {{ ref('int_article_sentences_split') }}
    where {{ built_in_this_run('loaded_at') }}

)

select
    mentions.mention_id,
    mentions.article_id,
    mentions.sentence_index,
    mentions.char_start,
    mentions.char_end,
    sentences.char_start as sentence_start,
    sentences.char_end as sentence_end
from mentions
left join sentences
    on
        mentions.article_id = sentences.article_id
        and mentions.sentence_index = sentences.sentence_index
where
    sentences.article_id is null
    or mentions.char_start < sentences.char_start
    or mentions.char_end > sentences.char_end
