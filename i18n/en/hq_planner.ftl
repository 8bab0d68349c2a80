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

## --- the app (src/gui) ---
# Menus, pages, dialogs and messages of the desktop app.

## Texts used on several pages

common-exported-path = Exported { $path }
common-exporting = Exporting…
common-solve-current-scenario-first = Solve the current scenario first
common-overview = Overview
common-units = Units
common-cadres = Cadres
common-zones-travel = Zones & travel
common-scenarios = Scenarios
common-results = Results
common-settings = Settings
common-solve-failed = Solve failed
common-cancelling = Cancelling…
common-undo-hand-moves = Undo hand moves
common-new-plan = New plan
common-file = File
common-save = Save
common-save-as = Save as…
common-stop-optimiser-its-best = Stop the optimiser; its best plan so far is kept
common-solve = Solve
common-n-problems = { $n } problems
common-out-of-date = out of date
common-not-solved-yet = Not solved yet
common-all = (all)
common-shown-of-total-shown = { $shown } of { $total } shown
common-add = Add
common-duplicate = Duplicate
common-copy-selected-row-under = Copy the selected row under a new id
common-code = Code
common-name = Name
common-staff-code = Staff code
common-position = Position
common-change-position = Change position
common-health-condition = Health condition
common-none = (none)
common-pin-cadre = Pin cadre
common-notes = Notes
common-change-notes = Change notes
common-daily-commuters = Daily commuters
common-housed = Housed
common-vehicles = Vehicles
common-monthly-cost = Monthly cost
common-mean-commute = Mean commute
common-longest-commute = Longest commute
common-disrupted = Disrupted
common-go-to-this-entry = Go to this entry
common-import-staff-list = Import a staff list
common-cancel = Cancel
common-folder-does-not-exist = The folder does not exist
common-mode = Mode
common-beds = Beds
common-all-beds-in-all = All beds in all housing blocks
common-change-cost = Change cost
common-min = min
common-daily-commute = Daily commute
common-weekly-with-housing = Weekly, with housing
common-must-hold = Must hold
common-off = Off
common-adjusted-by-hand = Adjusted by hand
common-select-row-to-see = Select a row to see and edit all its details.
common-id = Id
common-stable-identifier-used-by = Stable identifier used by other entries; change with care
common-change-id = Change id
common-home-zones = Home zones
common-daily-seats = Daily seats
common-open = Open
common-weekly-trips-home = Weekly trips home
common-solving = Solving…
common-elapsed = Elapsed
common-gap = Gap
common-how-far-best-plan = How far the best plan found may still be from the best possible plan
common-remove = Remove
common-delete = Delete
common-delete-selected-row-undo = Delete the selected row (Undo brings it back)
common-to = To
common-desks = Desks

## Menus, top bar and status bar

menu-light-theme = Light theme
menu-dark-theme = Dark theme
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-find = Find
menu-view = View
menu-open = Open…
menu-open-recent = Open recent
menu-no-recent-files = No recent files
menu-open-sample-plan = Open the sample plan
menu-built-in-hai-duong = The built-in Hải Dương → Hải Phòng plan with 2,582 staff
menu-quit = Quit
menu-scenario = Scenario:
menu-cancel-solve = Cancel solve
menu-assign-every-cadre-headquarters = Assign every cadre a headquarters and a way to get there, in the background
menu-not-saved-to-file = not saved to a file
menu-unsaved-changes = Unsaved changes
menu-all-changes-saved = All changes saved
menu-no-problems = No problems
menu-show-list-of-problems = Show the list of problems
menu-solving-s-s = Solving… { $s } s
menu-no-scenario = No scenario
menu-last-solve = Last solve
menu-language-appearance-and-optimiser = Language, appearance and the optimiser's time limit. These are remembered on this computer.
menu-language = Language
menu-theme = Theme
menu-solver-time-limit = Solver time limit
menu-optimiser-stops-after-this = The optimiser stops after this time and keeps the best plan found
menu-file-dialogs = File dialogs
menu-type-file-paths-instead = Type file paths instead of using the system dialog

## The app: files, undo, solving

app-cannot-open-folder-file = Cannot open the folder; the file is in { $path }
app-compare = Compare
app-solved-in-s-s = Solved in { $s } s
app-id-is-not-in = { $id } is not in the plan
app-undone-what = Undone: { $what }
app-nothing-to-undo = Nothing to undo
app-redone-what = Redone: { $what }
app-nothing-to-redo = Nothing to redo
app-keep-hand-move = Keep hand move
app-kept-by-hand-name = Kept by hand: { $name } is pinned to this headquarters
app-opened-name = Opened { $name }
app-saved-path = Saved { $path }
app-restored-autosaved-copy-save = Restored the autosaved copy; save it to keep it
app-plan-has-no-scenario = The plan has no scenario to solve. Add one under Scenarios.
app-plan-has-n-problems = The plan has { $n } problems; fix them before solving (see Overview).
app-solving-in-background-you = Solving in the background; you can keep working
app-autosave-failed = Autosave failed

## Cadres page

cadres-every-cadre-civil-servant = Every cadre, civil servant and public employee: unit, position, home, survey answer. Click a row for details; Ctrl+click or Shift+click to select several.
cadres-home-zone = Home zone
cadres-works-today-at = Works today at
cadres-survey = Survey
cadres-only-with-problems = Only with problems
cadres-clear-filters = Clear filters
cadres-new-cadre = New cadre
cadres-add-cadre = Add cadre
cadres-duplicate-cadre = Duplicate cadre
cadres-delete-n-selected = Delete { $n } selected
cadres-delete-selected-rows-undo = Delete the selected rows (Undo brings them back)
cadres-delete-cadres = Delete cadres
cadres-select-all-shown = Select all shown
cadres-clear-selection = Clear selection
cadres-bulk-edit-n-selected = Bulk edit { $n } selected cadres:
cadres-bulk-edit-n-cadres = Bulk edit { $n } cadres
cadres-set-unit = Set unit
cadres-set-home-zone = Set home zone
cadres-pin-to = Pin to
cadres-not-pinned = (not pinned)
cadres-sort-by-this-column = Sort by this column
cadres-born = Born
cadres-select = Select
cadres-rename-cadre = Rename cadre
cadres-change-unit = Change unit
cadres-change-home-zone = Change home zone
cadres-unique-code-of-person = Unique code of the person (mã cán bộ)
cadres-change-staff-code = Change staff code
cadres-sets-working-area-person = Sets the working area the person is entitled to (Decree 152)
cadres-commune-or-ward-where = Commune or ward where the person lives
cadres-change-birth-date = Change birth date
cadres-gender = Gender
cadres-change-gender = Change gender
cadres-duties-that-priority-rules = Duties that priority rules protect
cadres-circumstances = Circumstances
cadres-change-circumstances = Change circumstances
cadres-child-under-36-months = Child under 36 months
cadres-cares-for-elderly-relative = Cares for an elderly relative
cadres-what-person-said-in = What the person said in the preliminary survey
cadres-survey-answer = Survey answer
cadres-change-survey-answer = Change survey answer
cadres-change-current-site = Change current site
cadres-optimiser-must-place-this = The optimiser must place this person at this headquarters
cadres-pinned-to = Pinned to

## Results page

results-daily-name = Daily: { $name }
results-weekly-stays-at-name = Weekly, stays at { $name }
results-people-per-headquarters = People per headquarters
results-everyone-placed-by-headquarters = Everyone placed, by headquarters
results-people-travelling-every-working = People travelling every working day
results-people-staying-in-housing = People staying in housing during the week
results-n-riders = { $n } riders
results-vehicles-hired-for-organised = Vehicles hired for organised transport
results-seat-fill = Seat fill
results-riders-divided-by-seats = Riders divided by seats offered, organised transport
results-transport-and-housing = transport and housing
results-vehicles-tickets-allowances-beds = Vehicles, tickets, allowances, beds and weekly trips home
results-today-m = today { $m }
results-one-way-per-person = One-way, per person
results-95-under-m = 95% under { $m }
results-n-survey-answers-not = { $n } survey answers not met
results-people-whose-headquarters-changes = People whose headquarters changes
results-hired-vehicles = Hired vehicles
results-tickets = Tickets
results-own-means-allowances = Own-means allowances
results-total = Total
results-plan-has-no-scenario = The plan has no scenario yet. Add one under Scenarios.
results-this-scenario-has-not = This scenario has not been solved yet.
results-solve-stopped-before-any = The solve stopped before any plan was found. Solve again, perhaps with a longer time limit (Settings).
results-summary = Summary
results-cadres-and-explanations = Cadres and explanations
results-best-objective = Best objective
results-objective-v = objective { $v }
results-optimiser-plan-with-moves = The optimiser's plan with moves kept by hand; the people moved are pinned where they were put
results-gap-g = gap { $g }
results-s-s = { $s } s
results-plan-changed-since-this = The plan changed since this result; solve again to update it.
results-solve-again = Solve again
results-n-moved-by-hand = { $n } moved by hand
results-why-no-plan-is = Why no plan is possible
results-optimiser-found-no-plan = The optimiser found no plan and gave no diagnosis. Try a longer time limit or fewer hard rules.
results-each-line-is-rule = Each line is a rule that cannot be met, with the smallest change that would allow a plan.
results-who-works-where-stacked = Who works where (stacked by unit)
results-p-d-desks = { $p } / { $d } desks
results-each-colour-is-unit = Each colour is a unit; the red mark is the number of desks. Hover a bar for the units.
results-one-way-commute-today = One-way commute, today and under this plan
results-minutes = minutes
results-people = people
results-today = Today
results-under-this-plan = Under this plan
results-service = Service
results-riders = Riders
results-per-month = Per month
results-beds-used = Beds used
results-way-to-work = Way to work
results-only-people-whose-headquarters = Only people whose headquarters changes
results-then = Then
results-kept-by-hand-pinned = Kept by hand (pinned where it was moved)
results-pinned = Pinned
results-headquarters-changes = Headquarters changes
results-survey-answer-not-met = Survey answer not met
results-commute-m-today-b = Commute { $m } (today { $b }), { $c } per month
results-kept-by-hand-pinned-to-site = Kept by hand: pinned to { $site } in every future solve
results-unpin = Unpin
results-let-optimiser-choose-this = Let the optimiser choose this person's headquarters again
results-unpin-cadre = Unpin cadre
results-pin-here = Pin here
results-keep-this-person-at = Keep this person at this headquarters in every future solve
results-pin-whole-unit = Pin the whole unit
results-keep-every-member-of = Keep every member of this unit where this result puts them
results-pin-unit = Pin unit
results-unpin-unit = Unpin the unit
results-unpin-unit-2 = Unpin unit
results-effect-of-this-move = Effect of this move
results-objective-changes-by-d = Objective changes by { $d } ({ $pct })
results-monthly-cost-c = Monthly cost: { $c }
results-no-rule-is-broken = No rule is broken.
results-hard-rule-broken = Hard rule broken
results-soft-rule-broken = Soft rule broken
results-keeping-pins-headquarters-only = Keeping pins the headquarters only; the next solve chooses the way to work again.
results-keep-this-move = Keep this move
results-pin-this-person-where = Pin this person where the move puts them, so that the next solve keeps it
results-move-that-breaks-hard = A move that breaks a hard rule cannot be kept
results-forget-it = Forget it
results-weighing-this-person-other = Weighing this person's other options…
results-no-explanation-is-available = No explanation is available for this person.
results-why-here = Why here
results-other-options-and-why = Other options and why not
results-c-per-month = { $c } per month
results-objective-d = objective { $d }
results-try = Try
results-see-effect-of-moving = See the effect of moving this person here, without solving
results-why-not = Why not

## Compare page

compare-people-at-site = People at { $site }
compare-survey-answers-not-met = Survey answers not met
compare-soft-rules-broken = Soft rules broken
compare-objective = Objective
compare-compare-scenarios = Compare scenarios
compare-tick-two-or-more = Tick two or more solved scenarios. Differences from the first one are highlighted.
compare-solve-this-scenario-first = Solve this scenario first
compare-choose-at-least-two = Choose at least two solved scenarios to compare.
compare-key-figures = Key figures
compare-n-cadres-placed-differently = { $n } cadres placed differently

## Housing page

housing-add-housing = Add housing
housing-duplicate-housing = Duplicate housing
housing-delete-housing = Delete housing
housing-beds-near-headquarters-for = Beds near a headquarters for people who stay during the week and go home at weekends.
housing-cost-if-all-beds = Cost if all beds are used
housing-per-month = per month
housing-beds-cost-per-bed = Beds × cost per bed-month
housing-new-housing = New housing
housing-rename-housing = Rename housing
housing-near = Near
housing-change-beds = Change beds
housing-cost-per-bed-month = Cost per bed-month
housing-minutes-to-site = Minutes to site
housing-who-may-stay = Who may stay
housing-headquarters-housing-serves = Headquarters the housing serves
housing-change-headquarters = Change headquarters
housing-one-way-minutes-from = One-way minutes from the housing to the headquarters
housing-change-minutes-to-site = Change minutes to site
housing-first-day-beds-can = First day beds can be used; empty means already available
housing-available-from = Available from
housing-change-availability-date = Change availability date
housing-change-who-may-stay = Change who may stay

## Overview page

overview-plan-at-glance-edit = The plan at a glance. Edit the data on the pages at the left, then press Solve.
overview-plan-name = Plan name
overview-rename-plan = Rename plan
overview-description = Description
overview-change-description = Change description
overview-in-n-units = in { $n } units
overview-n-desks = { $n } desks
overview-n-solved = { $n } solved
overview-staff-to-place = Staff to place
overview-desks-over-all-headquarters = Desks over all headquarters
overview-communes-and-wards-where = Communes and wards where staff live
overview-vehicles-seats-round-trips = Vehicles × seats × round trips, organised services only
overview-variants-of-plan = Variants of the plan
overview-there-are-fewer-desks = There are fewer desks ({ $d }) than cadres ({ $c }): some people will not have a desk unless you add desks or allow the rule to be broken.
overview-problems = Problems
overview-no-problems-plan-is = No problems: the plan is ready to solve.
overview-fix-these-before-solving = Fix these before solving. Click Open to go to the entry concerned.
overview-where = Where
overview-what = What
overview-details = Details

## Rules page

rules-may-be-broken-at = May be broken at a cost
rules-weight = weight
rules-raising-child-under-36 = Raising a child under 36 months
rules-caring-for-elderly-relative = Caring for an elderly relative
rules-retiring-within-m-months = Retiring within { $m } months
rules-policy-limits-how-strictly = Policy limits, how strictly each holds, and what the optimiser should care about most.
rules-limits = Limits
rules-longest-daily-commute = Longest daily commute
rules-one-way-people-above = One-way; people above it must be housed near the headquarters
rules-change-longest-commute = Change longest commute
rules-monthly-budget = Monthly budget
rules-cap-on-transport-and = Cap on transport and housing spending per month
rules-capped = capped
rules-change-budget = Change budget
rules-budget-cap = Budget cap
rules-change-budget-rule = Change budget rule
rules-working-days-per-month = Working days per month
rules-change-working-days = Change working days
rules-monthly-cost-of-weekly = Monthly cost of weekly trips home for a housed person
rules-change-weekly-travel-cost = Change weekly travel cost
rules-retirement-age-men = Retirement age, men
rules-in-months-labour-code = In months (Labour Code 2019 roadmap)
rules-change-retirement-age = Change retirement age
rules-retirement-age-women = Retirement age, women
rules-how-strictly-each-rule = How strictly each rule holds
rules-change-rule-strictness = Change rule strictness
rules-what-matters-most-objective = What matters most (objective weights)
rules-one-minute-of-commute = One minute of commute
rules-weight-of-one-minute = Weight of one minute of one-way daily commute per person
rules-change-weights = Change weights
rules-one-vnd-per-month = One VND per month
rules-weight-of-money = Weight of money
rules-one-person-moved = One person moved
rules-weight-of-one-person = Weight of one person whose headquarters changes
rules-one-survey-answer-not = One survey answer not met
rules-weight-of-one-person-whose-arrangement = Weight of one person whose arrangement contradicts their survey answer
rules-working-area-per-position = Working area per position (Decree 152)
rules-maximum-working-area-each = Maximum working area each position is entitled to; used to check the area of each headquarters.
rules-name-in-english = Name in English
rules-m2-per-person = m² per person
rules-change-area-norm = Change area norm
rules-priority-groups = Priority groups
rules-people-in-priority-group = People in a priority group get the headquarters with the shortest commute for them.
rules-who = Who
rules-strictness = Strictness
rules-change-priority-group = Change priority group
rules-remove-priority-group = Remove priority group
rules-add-priority-group = Add priority group
rules-share-of-staff-per = Share of staff per headquarters
rules-change-site-share = Change site share
rules-remove-site-share = Remove site share
rules-add-share-rule = Add a share rule
rules-add-site-share = Add site share

## Scenarios page

scenarios-variants-of-plan-to = Variants of the plan to try and compare: other desks, a closed site, more buses, a faster road…
scenarios-new-scenario = New scenario
scenarios-scenario-with-no-changes = A scenario with no changes to the base plan
scenarios-add-scenario = Add scenario
scenarios-create-new-scenario-starting = Create a new scenario starting from the selected one
scenarios-copy = copy
scenarios-duplicate-scenario = Duplicate scenario
scenarios-delete-scenario = Delete scenario
scenarios-solve-this-scenario = Solve this scenario
scenarios-rename-scenario = Rename scenario
scenarios-current-scenario = Current scenario
scenarios-from = From
scenarios-changes = Changes
scenarios-result = Result
scenarios-headquarters-in-this-scenario = Headquarters in this scenario
scenarios-closed = Closed
scenarios-base-plan-n = Base plan: { $n }
scenarios-change = change
scenarios-change-scenario = Change scenario
scenarios-site-is-not-used = The site is not used at all in this scenario
scenarios-transport-in-this-scenario = Transport in this scenario
scenarios-does-not-run = does not run
scenarios-other-number-of-vehicles = other number of vehicles
scenarios-housing-in-this-scenario = Housing in this scenario
scenarios-other-number-of-beds = other number of beds
scenarios-faster-or-slower-travel = Faster or slower travel
scenarios-multiply-travel-minutes-to = Multiply travel minutes to a headquarters, e.g. 0.6 when a new road makes trips 40% faster.
scenarios-add-travel-factor = Add a travel factor
scenarios-period-scenario-plans-for = The period the scenario plans for
scenarios-period = Period
scenarios-change-period = Change period
scenarios-scenario-whose-result-should = A scenario whose result should be disturbed as little as possible
scenarios-baseline = Baseline
scenarios-change-baseline = Change baseline

## Headquarters page

sites-add-headquarters = Add headquarters
sites-duplicate-headquarters = Duplicate headquarters
sites-delete-headquarters = Delete headquarters
sites-where-staff-can-work = Where staff can work: desks, working area and the date each site can be used.
sites-new-headquarters = New headquarters
sites-rename-headquarters = Rename headquarters
sites-change-desks = Change desks
sites-area-m2 = Area (m²)
sites-change-area = Change area
sites-m2-per-desk = m² per desk
sites-staff-today = Staff today
sites-opens = Opens
sites-open-now = Open now
sites-address = Address
sites-change-address = Change address
sites-latitude-and-longitude-in = Latitude and longitude in degrees; used to derive travel times
sites-location = Location
sites-move-headquarters = Move headquarters
sites-lat = lat
sites-lon = lon
sites-number-of-work-places = Number of work places (chỗ làm việc)
sites-usable-working-area-common = Usable working area, common-use area included
sites-part-of-area-kept = Part of the area kept for meeting rooms, archives… (Decree 152 allows up to 50%)
sites-common-use-share = Common-use share
sites-change-common-use-share = Change common-use share
sites-first-day-site-can = First day the site can be used; empty means already open
sites-change-opening-date = Change opening date

## Transport page

transport-add-transport-service = Add transport service
transport-duplicate-transport-service = Duplicate transport service
transport-delete-transport-service = Delete transport service
transport-ways-of-commuting-daily = Ways of commuting daily to a headquarters, with their vehicles and costs.
transport-new-service = New service
transport-rename-transport-service = Rename transport service
transport-change-vehicles = Change vehicles
transport-seats-each = Seats each
transport-unlimited = unlimited
transport-cost-per-person-month = Cost per person-month
transport-change-mode = Change mode
transport-destination-headquarters = Destination headquarters
transport-change-destination = Change destination
transport-home-zones-this-service = Home zones this service picks up from; none ticked means every zone
transport-zones-served = Zones served
transport-change-zones-served = Change zones served
transport-vehicles-that-can-be = Vehicles that can be hired
transport-change-seats = Change seats
transport-round-trips-per-day = Round trips per day
transport-change-round-trips = Change round trips
transport-cost-per-vehicle-day = Cost per vehicle-day
transport-share-of-seats-that = Share of seats that may be planned, leaving room for last-minute changes
transport-target-seat-fill = Target seat fill
transport-change-target-fill = Change target fill
transport-ticket-or-allowance-per = Ticket or allowance per rider per month
transport-longest-acceptable-one-way = Longest acceptable one-way ride
transport-longest-ride = Longest ride
transport-change-longest-ride = Change longest ride

## Units page

units-add-unit = Add unit
units-duplicate-unit = Duplicate unit
units-delete-unit = Delete unit
units-any-headquarters = Any headquarters
units-whole-unit-at-one = Whole unit at one site
units-all-at-given-site = All at a given site
units-share-at-site = A share at a site
units-all-at-site = All at { $site }
units-min-max-at-site = { $min }–{ $max }% at { $site }
units-agencies-and-departments-and = Agencies and departments, and whether each must stay together at one headquarters.
units-new-unit = New unit
units-rename-unit = Rename unit
units-members = Members
units-placement = Placement
units-unit-this-one-belongs = The unit this one belongs to, if any
units-parent-unit = Parent unit
units-change-parent-unit = Change parent unit
units-whether-members-may-be = Whether members may be split between headquarters
units-show-this-unit-cadres = Show this unit's cadres
units-change-placement = Change placement
units-from = from
units-to = to

## Zones page

zones-add-zone = Add zone
zones-duplicate-zone = Duplicate zone
zones-delete-zone = Delete zone
zones-where-staff-live-and = Where staff live, and one-way travel times to each headquarters.
zones-new-zone = New zone
zones-move-zone = Move zone
zones-rename-zone = Rename zone
zones-latitude = Latitude
zones-longitude = Longitude
zones-travel-grid-one-way = Travel grid (one-way minutes)
zones-road-factor = Road factor
zones-road-distance-divided-by = Road distance divided by straight-line distance (typically 1.2 to 1.4)
zones-change-road-factor = Change road factor
zones-speed = Speed
zones-change-speed = Change speed
zones-overhead = Overhead
zones-minutes-added-to-every = Minutes added to every trip: waiting, transfers, walking
zones-change-overhead = Change overhead
zones-manual-figure = manual figure
zones-derived-from-coordinates = derived from coordinates
zones-fill-from-coordinates = Fill from coordinates
zones-replace-n-manual-figures = Replace the { $n } manual figures of this mode by figures derived from coordinates
zones-fill-travel-from-coordinates = Fill travel from coordinates
zones-click-figure-to-type = Click a figure to type a manual value; right-click a manual figure to go back to the derived one.
zones-km-km-src = { $km } km · { $src }
zones-change-travel-time = Change travel time
zones-use-figure-derived-from = Use the figure derived from coordinates
zones-reset-travel-time = Reset travel time

## Solve progress strip

solve-building-model = Building the model
solve-preparing-first-plan = Preparing a first plan
solve-searching-for-best-plan = Searching for the best plan
solve-checking-plan = Checking the plan
solve-finding-what-blocks-plan = Finding what blocks a plan
solve-show-progress = Show progress
solve-open-results-to-see = Open Results to see the solve in detail

## File dialogs and messages

dialog-open-plan = Open a plan
dialog-save-plan-as = Save the plan as
dialog-export-to-excel = Export to Excel
dialog-export-to-pdf = Export to PDF
dialog-export-to-csv = Export to CSV
dialog-import-staff-list = Import staff list…
dialog-add-or-update-cadres = Add or update cadres from a CSV or Excel file
dialog-export = Export…
dialog-excel-workbook-pdf-report = Excel workbook, PDF report or CSV of the solved scenarios
dialog-restore-unsaved-work = Restore unsaved work?
dialog-hq-planner-did-not = HQ Planner did not close normally last time. An automatic copy of your unsaved work from { $when } was found.
dialog-restore = Restore
dialog-discard-it = Discard it
dialog-path-was-saved-by = { $path } was saved by another program since you opened it. Your changes were not written, so that program's work is not lost. Save your version under another name, then compare the two.
dialog-file-changed-on-disk = The file changed on disk
dialog-name-has-unsaved-changes = “{ $name }” has unsaved changes. Save them before continuing?
dialog-save-changes = Save changes?
dialog-don-t-save = Don't save
dialog-type-full-path-of = Type the full path of the file:
dialog-no-such-file = No such file
dialog-file-exists-and-will = The file exists and will be replaced (the old one is kept as .bak).
dialog-ok = OK
dialog-something-went-wrong = Something went wrong

## Import of staff lists

import-merge-update-by-staff = Merge: update by staff code, add new people
import-replace-whole-staff-list = Replace the whole staff list
import-yes-remove-all-staff = Yes, remove all { $staff } staff
import-rows-first-to-last = Rows { $first } to { $last }: the audit stamp of an HQ Planner export, not staff; left out.
import-columns = Columns
import-choose-which-field-each = Choose which field each column of the file fills; the choice is saved with the plan for the next import.
import-ignored = (ignored)
import-reading-and-checking-rows = Reading and checking the rows…
import-read-rows-read-ok = { $read } rows read: { $ok } will be imported ({ $new } new, { $upd } updated), { $bad } rejected.
import-this-removes-all-staff = This removes all { $staff } staff of the plan; { $kept } people from the file take their place.
import-rejected-rows = Rejected rows
import-row-row-code-why = Row { $row } ({ $code }): { $why }
import-file-for-rejected-rows = File for the rejected rows
import-save-rejected-rows = Save rejected rows
import-writes-rejected-rows-with = Writes the rejected rows with their reasons (.csv, or .xlsx) to fix them and import again
import-rejected-rows-cannot-be = The rejected rows cannot be written onto { $path }: it is the staff list being imported.
import-wrote-path = Wrote { $path }
import-import = Import
import-undo-brings-previous-staff = Undo brings the previous staff list back
import-import-staff-list = Import staff list
import-row = Row
import-change = Change
import-update = Update
import-new = New
import-first-n-rows-shown = First { $n } rows shown

## Exports

export-sign-off-date-is = A sign-off date is not a valid date
export-tick-at-least-one = Tick at least one solved scenario
export-type-or-choose-file = Type or choose the file to write
export-export = Export
export-format = Format
export-excel-workbook = Excel workbook
export-pdf-report = PDF report
export-csv-one-row-per = CSV (one row per cadre)
export-first-ticked-scenario-is = The first ticked scenario is reported in detail; all are compared on the Comparison sheet.
export-pdf-and-csv-report = PDF and CSV report only the first ticked scenario; choose Excel to compare several.
export-language-of-export = Language of the export
export-privacy = Privacy
export-anonymise = Anonymise
export-replaces-every-cadre-name = Replaces every cadre's name by the staff code and leaves out birth dates and gender, in every format.
export-appendix = Appendix
export-include-staff-list-appendix = Include the staff list (appendix)
export-one-row-per-cadre = One row per cadre: unit, site, arrangement and the reason. For very large plans this adds many pages.
export-about-n-more-pages = about { $n } more pages
export-sign-off = Sign-off
export-names-and-dates-printed = Names and dates printed under the signature lines of the PDF report and on the workbook's Summary. An empty date leaves a line to write by hand. Names are remembered on this computer; dates are not.
export-prepared-by = Prepared by
export-prepared-on = Prepared on
export-reviewed-by = Reviewed by
export-reviewed-on = Reviewed on
export-approved-by = Approved by
export-approved-on = Approved on
export-date-of-signing-leave = Date of signing; leave empty to write it by hand
export-not-date-format = not a date ({ $format })
export-file-to-write = File to write
export-choose = Choose…
export-export-failed = Export failed
export-show-folder = Show folder
export-open-folder-that-holds = Open the folder that holds the exported file
export-close = Close
export-cannot-prepare-export-why = Cannot prepare the export: { $why }

## Imports and exports

exchange-no-such-file-or = no such file or folder
exchange-permission-denied = permission denied
exchange-disk-is-full = the disk is full
exchange-disk-is-read-only = the disk is read-only
exchange-it-is-folder-not = it is a folder, not a file
exchange-file-content-cannot-be = the file's content cannot be read
exchange-cannot-read-path-why = Cannot read { $path }: { $why }
exchange-path-line-line-file = { $path }, line { $line }: the file is not UTF-8 text; save it as “CSV UTF-8”
exchange-path-line-line-csv = { $path }, line { $line }: the CSV text cannot be read ({ $detail })
exchange-path-spreadsheet-cannot-be = { $path }: the spreadsheet cannot be opened ({ $detail })
exchange-path-workbook-has-no = { $path }: the workbook has no worksheet
exchange-path-file-is-empty = { $path }: the file is empty (no header row found)
exchange-path-unknown-staff-file = { $path }: unknown staff file type (expected .csv, .xlsx, .xls or .ods)
exchange-path-no-column-is = { $path }: no column is mapped to { $field }; map one (e.g. a header “{ $hint }”)
exchange-audit-stamp-id-per = audit stamp { $id }; the per-cadre export's columns without names, birth dates or gender
exchange-per-cadre-export-columns = the per-cadre export's columns without names, birth dates or gender
exchange-in-same-of-total = in { $same } of { $total } rows the name is the staff code
exchange-path-this-looks-like = { $path }: this looks like an anonymised HQ Planner export ({ $why }); importing it could put staff codes where real names belong, so nothing was imported. Import the personnel office's staff list (or a named export) instead.
exchange-path-row-row-quote = { $path }, row { $row }: a quote { $q } opened in column { $column } is never closed; the rows after it were read as one cell. Close the quote (or remove it) and import again.
exchange-path-row-row-quote-q-opened = { $path }, row { $row }: a quote { $q } opened in column { $column } is not closed on its row but on row { $end }; rows { $row } to { $end } were read as one cell. Close the quote (or remove it) and import again.
exchange-path-replacing-staff-list = { $path }: replacing the staff list with this file would remove all { $staff } staff of the plan ({ $kept } left after the import). Tick “Yes, remove all { $staff } staff” to do it anyway.
exchange-cannot-write-path-why = Cannot write { $path }: { $why }
exchange-path-nothing-to-export = { $path }: nothing to export (no solved scenario ticked)
exchange-cannot-build-workbook-path = Cannot build the workbook { $path } ({ $detail })
exchange-cannot-build-csv-file = Cannot build the CSV file { $path } ({ $detail })
exchange-cannot-build-pdf-path = Cannot build the PDF { $path } ({ $detail })
exchange-cannot-start-import-why = Cannot start the import: { $why }
exchange-cannot-start-export-why = Cannot start the export: { $why }
exchange-import-stopped-unexpectedly = The import stopped unexpectedly
exchange-export-stopped-unexpectedly = The export stopped unexpectedly
exchange-reading-file = Reading the file
exchange-checking-rows = Checking the rows
exchange-preparing-figures = Preparing the figures
exchange-writing-file = Writing the file
exchange-starting = Starting

## Widgets

widget-search = Search

## Survey preferences

preference-move-home = Move home
preference-no-answer = No answer

## Genders

gender-female = Female
gender-male = Male
gender-not-recorded = Not recorded

## Housing eligibility

eligibility-anyone = Anyone
eligibility-women-only = Women only
eligibility-men-only = Men only

## How strictly a rule holds

hardness-may-be-broken-weight = May be broken (weight { $w })

## Kinds of plan problems

problem-kind-file-cannot-be-read = The file cannot be read
problem-kind-unsupported-file-version = Unsupported file version
problem-kind-id-is-empty = The id is empty
problem-kind-id-is-used-twice = The id is used twice
problem-kind-refers-to-something-that = Refers to something that does not exist
problem-kind-value-is-missing = A value is missing
problem-kind-not-valid-number = Not a valid number
problem-kind-must-not-be-negative = Must not be negative
problem-kind-out-of-allowed-range = Out of the allowed range
problem-kind-minimum-is-above-maximum = Minimum is above maximum
problem-kind-ends-before-it-starts = Ends before it starts
problem-kind-travel-time-missing = Travel time missing
problem-kind-refers-to-itself-in = Refers to itself in a loop

## Solve statuses

status-optimal = Optimal
status-feasible-time-limit = Feasible (time limit)
status-infeasible = Infeasible
status-cancelled = Cancelled
status-no-plan-found-in = No plan found in time

## Why a solve could not run

solve-error-there-is-no-scenario = There is no scenario “{ $s }” in the plan
solve-error-scenario-scenario-measures-moves = Scenario “{ $scenario }” measures moves against scenario “{ $baseline }”, which has no plan ({ $status }). Solve or fix “{ $baseline }” first, or remove it as the baseline.
solve-error-optimiser-stopped-with-error = The optimiser stopped with an error ({ $detail }). Nothing was changed.
solve-error-optimiser-plan-broke-n =
    The optimiser's plan broke { $n ->
        [one] { $n } hard rule
       *[other] { $n } hard rules
    } and was discarded (a bug; please report it). Nothing was changed.

## Export labels (core/report)

label-report-title = HEADQUARTERS, TRANSPORT AND HOUSING PLAN FOR STAFF
label-report-subtitle = Document for committee review
label-plan = Plan
label-scenario = Scenario
label-period = Period
label-export-date = Date of export
label-solver-status = Solver status
label-gap = Optimality gap
label-objective = Objective value
label-solve-seconds = Solve time (seconds)
label-audit-stamp = Audit stamp
label-plan-hash = Plan file SHA-256
label-result-hash = Assignments SHA-256
label-stamp-id = Stamp id
label-app-version = HQ Planner version
label-solver-settings = Solver settings
label-exported-at = Exported at
label-anonymised-note = Anonymised: names replaced by staff codes; no birth dates or gender.
label-indicator = Indicator
label-value = Value
label-staff = Staff
label-daily-commuters = Daily commuters
label-housed = Housed
label-disrupted = Workplace changed
label-preference-mismatches = Against survey answer
label-commute-mean-before = Mean commute today (min)
label-commute-mean-after = Mean commute in plan (min)
label-commute-p95-before = 95th percentile commute today (min)
label-commute-p95-after = 95th percentile commute in plan (min)
label-commute-max-after = Longest commute in plan (min)
label-monthly-cost = Monthly cost (VND)
label-cost-vehicles = Hired vehicles
label-cost-tickets = Tickets
label-cost-allowances = Own-means allowances
label-cost-housing = Housing
label-cost-weekly-travel = Weekly trips home
label-cost-total = Total monthly cost
label-budget = Monthly budget cap
label-no-budget = no cap
label-sheet-summary = Summary
label-sheet-sites = Headquarters
label-sheet-units = Units
label-sheet-cadres = Cadres
label-sheet-transport = Transport
label-sheet-housing = Housing
label-sheet-rules = Rules
label-sheet-comparison = Comparison
label-code = Staff code
label-name = Name
label-birth-date = Birth date
label-gender = Gender
label-unit = Unit
label-grade = Grade
label-zone = Home zone
label-current-site = Current site
label-site = Site
label-arrangement = Arrangement
label-service-or-housing = Service or housing
label-commute-before = Commute before (min)
label-commute-after = Commute after (min)
label-cost-per-month = Cost per month (VND)
label-pinned = Pinned
label-reason = Reason
label-people = People
label-desks = Desks
label-desk-fill = Desk use
label-area-used = Area used (m²)
label-area-available = Working area (m²)
label-area-fill = Area use
label-total = Total
label-service = Service
label-mode = Mode
label-riders = Riders
label-vehicles = Vehicles
label-seats-per-vehicle = Seats per vehicle
label-seats = Seats
label-seat-fill = Seat fill
label-housing = Housing
label-beds = Beds
label-beds-used = Beds used
label-beds-free = Beds free
label-rule = Rule
label-kind = Kind
label-weight = Weight
label-status = Status
label-amount = Violated by
label-details = Details
label-daily = Daily commute
label-weekly = Weekly, housed
label-yes = Yes
label-no = No
label-male = Male
label-female = Female
label-hard = Hard
label-soft = Soft
label-off = Off
label-satisfied = Satisfied
label-violated = Violated
label-status-optimal = Optimal
label-status-feasible = Feasible (time limit)
label-status-infeasible = Infeasible
label-status-cancelled = Cancelled
label-status-adjusted = Adjusted by hand
label-status-time-limit = Time limit, no plan found
label-mode-bus = Bus
label-mode-train = Train + shuttle
label-mode-car = Contracted car
label-mode-own = Own means (allowance)
label-decision-summary = Decision summary
label-key-figures = Key figures
label-chart-occupancy = People per site, by unit
label-chart-commute = One-way commute time distribution (minutes)
label-chart-cost = Monthly cost by category (million VND)
label-per-unit = Placement per unit
label-transport-and-housing = Transport and housing
label-violations-and-diagnosis = Rules, violations and diagnosis
label-no-violations = Every rule is satisfied.
label-diagnosis = Diagnosis
label-sign-off = Sign-off
label-prepared-by = Prepared by
label-reviewed-by = Reviewed by
label-approved-by = Approved by
label-date-line = Date ...../...../........
label-signed-on = Date
label-signature-line = (Signature and full name)
label-page = Page
label-before = Today
label-after = In plan
label-minutes = min
label-at-most = at most
label-contents = Contents
label-rule-desks = Desks per site
label-rule-area = Working area (Decree 152)
label-rule-beds = Beds per housing block
label-rule-eligibility = Housing eligibility
label-rule-seats = Seats per service
label-rule-vehicles = Vehicles available
label-rule-ride-time = Longest ride per service
label-rule-max-commute = Longest daily commute
label-rule-pins = Pinned cadres
label-rule-unit-placement = Unit placement
label-rule-opening-dates = Opening dates
label-rule-site-share = Share of staff per site
label-rule-budget = Budget cap
label-rule-priority = Priority group
label-rule-other = Other rule
label-no-plan = No plan was found (see the diagnosis).
label-no-staff = The plan has no staff yet: import the staff list, then solve again.
label-more-rows = ... and {"{"}n{"}"} more rows
label-others = Others
label-units-by-site = People by site
label-rule-no-option = A way to work for everyone
label-rule-invalid = Valid assignments
label-rule-objective = Objective check
label-rule-unknown = Cause not found
label-staff-list = Appendix: Staff list
label-staff-list-continued = Appendix: Staff list (continued)
label-staff-list-note = One row per cadre, by unit then name; commute is one way (minutes), today › in the plan; cost is per month (VND).
label-commute-before-after = Commute (min)
label-continued = continued
label-people-short = people

## Reasons and findings (core/text/reasons.rs)

reason-finding-at-least = Of these, at least: { $sentence }
reason-binding = { $name }: one more { $unit } improves the objective by { $value }
reason-binding-unit-desks = desk
reason-binding-unit-area = m² of working area
reason-binding-unit-beds = bed
reason-binding-unit-vehicles = vehicle
reason-binding-unit-budget = million VND of budget
reason-binding-unit-other = unit
reason-binding-monthly-budget = Monthly budget
reason-preference-daily-commute = daily commute
reason-preference-weekly-with-housing = weekly, with housing
reason-preference-move-home = move home
reason-preference-none = no answer
reason-pinned = Pinned to { $site }
reason-pin-not-kept = Pinned to { $site }, but the pin could not be kept
reason-unit-at-site = The unit must work at { $site }
reason-unit-at-site-not-kept = The unit is placed at { $site }, but this person works elsewhere
reason-unit-whole = The unit stays whole at one headquarters
reason-unit-share = The unit keeps { $min }–{ $max }% of its people at { $site }
reason-priority-group = Priority group { $group }: at the headquarters with the shortest commute
reason-priority-group-not-nearest = Priority group { $group }, but not at the nearest headquarters
reason-matches-preference = As asked in the survey ({ $preference })
reason-preference-mismatch = Against the survey answer ({ $preference })
reason-keeps-site = Keeps working at { $site }
reason-moved = Moves from { $from } to { $to }
reason-none = No rule decides it: the optimiser chose it for the plan's lowest total cost
whynot-breaks-hard-rules = Breaks hard rules: { $rules }
whynot-no-room = No room left: { $rules }
whynot-breaks-plan-rules = Would break hard rules of the plan: { $rules }
whynot-costs-more = Worse: the objective rises by { $delta } ({ $minutes } min one way, { $cost } VND a month for the plan)
whynot-as-good = As good on its own (objective { $delta }): a tie, or within the optimiser's tolerance
whynot-better = Better: the objective falls by { $delta } ({ $cost } VND a month for the plan); the plan was changed by hand or stopped before the optimum
