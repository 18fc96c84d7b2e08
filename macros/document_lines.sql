{#- The non-blank lines of a document's text as a list, in reading order, each trimmed:
    list position n + 1 is line number n of int_document_lines_split. The crawler's date
    line (" date 2024-09-04") that runs on into the page's first words is split off into a
    line of its own. -#}
{% macro document_lines(text_column) -%}
    list_filter(
        list_transform(
            string_split(regexp_replace({{ text_column }}, '^\s*(date \d{4}-\d{2}-\d{2}) +', '\1' || chr(10)), chr(10)),
            line -> trim(line)
        ),
        line -> line <> ''
    )
{%- endmacro %}

{#- A line with an aggregator's credit cut from its start ("(MENAFN- Agency) CITY, May 2
    (Agency) -- …": boilerplate_markers rows with action `cut_prefix`), so the story's own
    dateline opens it. -#}
{% macro cut_aggregator_credit(line) -%}
    regexp_replace(
        {{ line }}, '^(?:' || {{ rule_regex('boilerplate_markers', where="action = 'cut_prefix'") }} || ')', ''
    )
{%- endmacro %}
