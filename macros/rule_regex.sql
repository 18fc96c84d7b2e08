{#- Compile one column of a rule seed into a single regular expression, each row's
    pattern wrapped in its own group (so its inline flags stay its own), for one
    pass over the text instead of one join row per rule. The seed is read when the
    model runs, so editing the CSV and re-running `dbt build` applies the change.
    `where` filters the rows, e.g. "action = 'end_body'". A model that calls it
    declares the dependency with a `-- depends_on: ref(...)` comment. -#}
{% macro rule_regex(seed_name, pattern_column='pattern', where=none) -%}
    {%- set groups = [] -%}
    {%- if execute -%}
        {%- set query = 'select ' ~ pattern_column ~ ' from ' ~ seed_relation(seed_name)
            ~ (' where ' ~ where if where else '') ~ ' order by 1' -%}
        {%- for pattern in run_query(query).columns[0].values() -%}
            {%- do groups.append("(?:" ~ pattern ~ ")") -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if groups | length == 0 -%}
        '[^\s\S]'
    {%- else -%}
        '{{ "|".join(groups) | replace("'", "''") }}'
    {%- endif -%}
{%- endmacro %}
