# HQ Planner: English texts (the fallback language; `fl!` checks ids and
# arguments against this file at compile time). See docs/TEXT.md.
# Numbers and dates arrive already formatted by core::text::fmt.

## Where a problem is

place-line-col = line { $line }, column { $col }
place-line = line { $line }

## Kinds of things in a plan

entity-plan = Plan
entity-grade = Grade
entity-site = Headquarters
entity-zone = Zone
entity-travel = Travel
entity-unit = Unit
entity-cadre = Cadre
entity-transport = Transport
entity-housing = Housing
entity-rules = Rules
entity-scenario = Scenario

## Transport modes

mode-bus = Bus
mode-train-shuttle = Train + shuttle
mode-contracted-car = Contracted car
mode-own-means = Own means

## Plan validation problems

problem-syntax = File syntax error: { $text }
problem-version-newer = The file is format { $found }, written by a newer HQ Planner; this build reads formats up to { $supported }
problem-version-missing = The file has no format_version: is it an HQ Planner plan file?
problem-version-unknown = Format { $found } is not a known plan format
problem-empty-id = The id field `{ $field }` is empty
problem-missing-value = The field `{ $field }` is empty
problem-duplicate-id = Duplicate { $field } “{ $id }” (first used by { $entity } #{ $first })
problem-unknown-grade = There is no grade “{ $id }”
problem-unknown-site = There is no headquarters “{ $id }”
problem-unknown-pinned-site = The pinned headquarters “{ $id }” does not exist
problem-unknown-zone = There is no home zone “{ $id }”
problem-unknown-unit = There is no unit “{ $id }”
problem-unknown-scenario = There is no scenario “{ $id }”
problem-unknown-housing = There is no housing “{ $id }”
problem-unknown-transport-service = There is no transport service “{ $id }”
problem-not-finite = { $value } is not a valid number
problem-negative = { $value } is negative
problem-out-of-range = { $value } is outside the allowed range { $lo } to { $hi }
problem-zero-with-vehicles = Must be at least 1 when vehicles are available
problem-min-above-max = The minimum { $min }% is above the maximum { $max }%
problem-end-before-start = The period ends on { $end }, before it starts on { $start }
problem-too-long = { $months } months is longer than the limit of { $max } months
problem-missing-travel = No travel time from zone “{ $zone }” to headquarters “{ $site }” by { $mode }: give both coordinates or add a travel entry
problem-cycle-own-parent = A unit cannot be its own parent
problem-cycle-parent-chain = The chain of parent units leads back to this unit
problem-cycle-own-baseline = A scenario cannot be its own baseline
problem-cycle-baseline-chain = The chain of baselines leads back to this scenario
problem-implausible-date = { $date } is not a plausible date here (from { $earliest } to { $latest })
problem-text-too-long = This text is { $chars } characters long; at most { $max } are allowed

# The last line of a problem list. $count is a plain number (plural rules).
problem-count =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }

## --- rule families (core/rules: one file per family) ---
# Names of the rule families (Rules page, Rules sheet, reports).

rule-desks = Desks per site
rule-area = Working area (Decree 152)
rule-beds = Beds per housing block
rule-eligibility = Housing eligibility
rule-seats = Seats per service
rule-vehicles = Vehicles available
rule-ride-time = Longest ride per service
rule-max-commute = Longest daily commute
rule-pins = Pinned cadres
rule-unit-placement = Unit placement
rule-opening-dates = Opening dates
rule-site-share = Share of staff per site
rule-budget = Budget cap
rule-priority = Priority group
rule-no-option = A way to work for everyone
rule-invalid = Valid assignments
rule-objective = Objective check
rule-unknown = Cause not found

# Findings, in the diagnosis and the checker's list: $name is the entity, $n the
# amount already written in the language, $count the whole amount for plural forms.

rule-desks-short =
    { $count ->
        [one] { $name } is short of { $n } desk
       *[other] { $name } is short of { $n } desks
    }
rule-area-short = { $name } is short of { $n } m² of working area
rule-beds-short =
    { $count ->
        [one] { $name } is short of { $n } bed
       *[other] { $name } is short of { $n } beds
    }
rule-seats-short =
    { $count ->
        [one] { $name } is short of { $n } seat
       *[other] { $name } is short of { $n } seats
    }
rule-vehicles-short =
    { $count ->
        [one] { $name } is short of { $n } vehicle
       *[other] { $name } is short of { $n } vehicles
    }
rule-unit-placement-short =
    { $count ->
        [one] The placement rule of unit { $name } cannot be met ({ $n } person)
       *[other] The placement rule of unit { $name } cannot be met ({ $n } people)
    }
rule-site-share-short =
    { $count ->
        [one] The share of staff at { $name } cannot be met ({ $n } person)
       *[other] The share of staff at { $name } cannot be met ({ $n } people)
    }
rule-budget-over = The monthly budget is exceeded by { $n }
rule-ride-time-short =
    { $count ->
        [one] { $name }: { $n } rider over the longest ride
       *[other] { $name }: { $n } riders over the longest ride
    }
rule-max-commute-short =
    { $count ->
        [one] { $name }: { $n } person over the longest daily commute
       *[other] { $name }: { $n } people over the longest daily commute
    }
rule-eligibility-short =
    { $count ->
        [one] { $name }: { $n } person who may not stay there
       *[other] { $name }: { $n } people who may not stay there
    }
rule-pins-short =
    { $count ->
        [one] { $name }: { $n } pinned person cannot be placed as pinned
       *[other] { $name }: { $n } pinned people cannot be placed as pinned
    }
rule-opening-dates-short =
    { $count ->
        [one] { $name } is not open yet for { $n } person
       *[other] { $name } is not open yet for { $n } people
    }
rule-priority-short =
    { $count ->
        [one] Priority group { $name }: { $n } person not at their nearest headquarters
       *[other] Priority group { $name }: { $n } people not at their nearest headquarters
    }
rule-no-option-short =
    { $count ->
        [one] { $name }: no way to reach any open headquarters for { $n } person (no running service, no housing)
       *[other] { $name }: no way to reach any open headquarters for { $n } people (no running service, no housing)
    }
rule-invalid-short = The assignment of { $name } is invalid
rule-objective-short = The checker's objective differs from the optimiser's by { $n }
rule-unknown-short = No plan satisfies the hard rules, and the diagnosis did not finish in time
rule-unit-share-low =
    { $count ->
        [one] Unit { $name } is { $n } person short of its minimum { $p }% at { $site }
       *[other] Unit { $name } is { $n } people short of its minimum { $p }% at { $site }
    }
rule-unit-share-high =
    { $count ->
        [one] Unit { $name } is { $n } person over its maximum { $p }% at { $site }
       *[other] Unit { $name } is { $n } people over its maximum { $p }% at { $site }
    }
rule-unit-at-site =
    { $count ->
        [one] { $n } person of unit { $name } cannot be placed at their required site { $site }
       *[other] { $n } people of unit { $name } cannot be placed at their required site { $site }
    }
rule-unit-whole =
    { $count ->
        [one] Unit { $name } cannot stay whole at one headquarters ({ $n } person elsewhere)
       *[other] Unit { $name } cannot stay whole at one headquarters ({ $n } people elsewhere)
    }
rule-site-share-low =
    { $count ->
        [one] { $name } is { $n } person below its minimum share of { $p }% of all staff
       *[other] { $name } is { $n } people below its minimum share of { $p }% of all staff
    }
rule-site-share-high =
    { $count ->
        [one] { $name } is { $n } person above its maximum share of { $p }% of all staff
       *[other] { $name } is { $n } people above its maximum share of { $p }% of all staff
    }
rule-ride-time-over =
    { $count ->
        [one] { $name }: { $n } rider over the { $m }-minute longest ride
       *[other] { $name }: { $n } riders over the { $m }-minute longest ride
    }
rule-max-commute-over =
    { $count ->
        [one] { $name }: { $n } person would commute daily longer than { $m } minutes and cannot all be housed
       *[other] { $name }: { $n } people would commute daily longer than { $m } minutes and cannot all be housed
    }
rule-opening-dates-opens =
    { $count ->
        [one] { $name } is not open yet for { $n } person (opens { $date })
       *[other] { $name } is not open yet for { $n } people (opens { $date })
    }
rule-desks-total =
    { $count ->
        [one] { $n } desk short in all
       *[other] { $n } desks short in all
    }
rule-area-total = { $n } m² of working area short in all
rule-beds-total =
    { $count ->
        [one] { $n } bed short in all
       *[other] { $n } beds short in all
    }
rule-seats-total =
    { $count ->
        [one] { $n } seat short in all
       *[other] { $n } seats short in all
    }
rule-vehicles-total =
    { $count ->
        [one] { $n } vehicle short in all
       *[other] { $n } vehicles short in all
    }
rule-total-people =
    { $count ->
        [one] { $family }: { $n } person in all
       *[other] { $family }: { $n } people in all
    }

## Why a solve could not run
solve-error-unresolved = Cadre { $cadre } (row { $row }), field “{ $field }”: “{ $id }” names nothing in the plan. Fix it on the Cadres page, then solve again.
solve-error-too-many-groups = { $count } priority groups are switched on; at most { $max } can be used. Switch some off on the Rules page.

## Why an imported staff row was rejected
reject-missing-code = missing staff code
reject-duplicate-code = duplicate staff code { $code } (first on row { $first_row })
reject-missing = missing { $name }
reject-unknown = unknown { $name } "{ $value }" (not in the plan by id or name)
reject-bad-date = bad birth date "{ $value }" (expected dd/mm/yyyy)
reject-implausible-date = implausible birth date { $date }
reject-name-is-code = name is the staff code: this looks like an anonymised export
reject-bad-value = bad { $name } "{ $value }"
