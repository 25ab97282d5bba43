## Greeting and help
welcome = Hello! I am the K-Peduli bot. Korean companies in Indonesia pledge to K-Peduli CSR campaigns here, and anyone can follow their progress.
help-everyone = Commands for everyone:
help-partner = For partner companies:
help-become-partner = Representing a company? /register links you to it, then /pledge.
help-staff = For K-Peduli staff:
help-footer = Commands work with or without the slash, e.g. "campaigns". /lang id|ko|en changes the language.
command-start = /start — greeting and this list
command-help = /help — this list
command-lang = /lang id|ko|en — choose your language
command-campaigns = /campaigns — active campaigns and their progress
command-campaign = /campaign CODE — one campaign in detail (also /progress)
command-total = /total [CODE] — totals across all campaigns, or one campaign's
command-top = /top CODE — the wall of supporting companies
command-subscribe = /subscribe [CODE] — receive updates (one campaign or all)
command-unsubscribe = /unsubscribe [CODE] — stop updates
command-stop = /stop — no more messages of any kind
command-register = /register — link yourself to your company
command-pledge = /pledge [CODE] [AMOUNT] — pledge cash or goods
command-mypledges = /mypledges — your company's pledges
command-paid = /paid ID — report that you made the transfer
command-cancel = /cancel ID — cancel a pledge not yet confirmed
command-newcampaign = /newcampaign — create a campaign
command-close = /close CODE — close a campaign (asks first)
command-confirm = /confirm ID — confirm a pledge
command-reject = /reject ID REASON — reject a pledge
command-delivered = /delivered ID — record goods as handed over
command-update = /update CODE [TEXT] [students=350] — post an update to the campaign's subscribers (without TEXT: per language)
command-pending = /pending — pledges waiting for staff
command-staff = /staff add|remove IDENTITY — manage staff rights

## Language
lang-choose = Choose your language:
lang-set = Language set to English.
lang-name-id = Bahasa Indonesia
lang-name-ko = 한국어
lang-name-en = English

## Campaigns
demo-label = [DEMO]
campaigns-heading = Active campaigns:
campaigns-none = There are no active campaigns right now.
campaign-collected = { $collected } of { $target } confirmed
campaign-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
campaign-last-day = last day today
campaign-ended = ended
campaign-closed = closed
campaign-target = Target: { $target }
campaign-confirmed-vs-pledged = Confirmed: { $confirmed } · pledged: { $pledged }
campaign-companies = { $count ->
    [one] 1 company
   *[other] { $count } companies
}
campaign-goals-heading = Beneficiaries:
campaign-goal-line = • { $goal }: { $reached } of { $target } ({ $percent }%)
campaign-regions = Regions: { $regions }
campaign-deadline = Deadline: { $date } ({ $left })
campaign-latest-update = Latest update ({ $date }): { $text }
goal-students = students
goal-schools = schools
goal-medical_workers = medical workers
goal-health_centres = health centres
goal-villages = villages
goal-farmers = farmers
goal-families = families
goal-products = village products
total-text = Active campaigns ({ $activeCampaigns }): { $activeConfirmed } confirmed, { $activePledged } pledged.
    All time ({ $allCampaigns } campaigns, { $companies } companies): { $allConfirmed } confirmed, { $allPledged } pledged.
top-heading = Supporting companies · { $code } · { $title }
top-line = { $rank }. { $company } — { $confirmed } confirmed ({ $pledged } pledged)
top-empty = No company has pledged to { $code } yet.
anonymous-company = Anonymous

## Subscriptions
subscribed-one = You will receive updates on { $code }.
subscribed-all = You will receive updates on all campaigns.
already-subscribed-one = You already follow { $code }.
already-subscribed-all = You already follow all campaigns.
unsubscribed-one = You will no longer receive updates on { $code }.
unsubscribed-all = All your subscriptions are removed.
not-subscribed = You had no such subscription.
stopped = Done: you will receive no more messages from us. /subscribe turns updates back on.

## Registration
register-already = You are registered with { $company }. Continue to switch to another company.
register-ask-company = What is your company's name? (e.g. PT Maju Bersama Indonesia)
register-ask-join = { $company } ({ $city }) is already registered. Are you joining it as a colleague?
register-ask-contact = Your name, as the company's contact person?
register-ask-city = In which city is the company based?
register-ask-anonymous = On the public wall of supporters, show the company's name or "{ $anonymous }"?
register-bad-company = Please type the company name (2–120 characters).
register-bad-contact = Please type your name (up to 120 characters).
register-bad-city = Please type a city name (2–80 characters).
register-done = Thank you! { $company } is registered and linked to you. You can now /pledge.

## Pledges
pledge-ask-campaign = Which campaign would you like to support?
pledge-ask-kind = Will you give cash or goods?
pledge-ask-amount = How much? (e.g. 10jt, 10 juta, Rp10.000.000, 1,5 M)
pledge-ask-item = What goods? (e.g. PPE sets, school bags)
pledge-ask-quantity = How many { $item }?
pledge-ask-unit-value = Estimated value of one { $item }? (e.g. 150rb)
pledge-ask-note = Any note for the K-Peduli team? Type it, or skip.
pledge-bad-item = Please describe the goods in up to 200 characters.
pledge-bad-quantity = Please type a whole number between 1 and 1,000,000.
pledge-bad-note = The note can be up to 500 characters.
pledge-goods-summary = { $quantity } × { $item } at { $unitValue } = { $total }
pledge-confirm = Please check your pledge:
    Company: { $company }
    Campaign: { $campaign }
    Pledge: { $what }
    Note: { $note }
    Is this right?
pledge-recorded = Thank you! Pledge #{ $id } to { $code } is recorded.
pledge-cancelled = Cancelled. Nothing was recorded.
pledge-already-recorded = This pledge was already recorded as #{ $id }.
pledge-report-paid-done = Thank you! Pledge #{ $id } is now "{ $status }". Staff will confirm it soon.
pledge-cancel-done = Pledge #{ $id } is cancelled.
pledge-confirm-done = Pledge #{ $id } is now "{ $status }".
pledge-reject-done = Pledge #{ $id } is now "{ $status }".
pledge-deliver-done = Pledge #{ $id } is now "{ $status }".
mypledges-heading = Pledges of { $company }:
mypledges-none = Your company has no pledges yet.
pending-heading = Pledges waiting for staff ({ $count }):
pending-none = No pledges are waiting.
pending-hint = /confirm ID · /reject ID REASON · /delivered ID · /proof ID
status-pledged = pledged
status-transfer_reported = transfer reported
status-confirmed = confirmed
status-delivered = delivered
status-cancelled = cancelled
status-rejected = rejected

## Amounts
amount-zero = The amount must be more than zero.
amount-negative = The amount cannot be negative.
amount-too-large = That is more than { $max }. Please check the amount.
amount-unparseable = I could not read "{ $input }" as an amount. Try e.g. 10jt, 10 juta, Rp10.000.000 or 1,5 M.
amount-ambiguous-separator = "{ $input }" can be read more than one way. Which amount do you mean?
amount-fraction-of-rupiah = Amounts are in whole rupiah, without cents. Please type the amount again.
amount-maybe-missing-unit = Did you mean one of these?
amount-won-as-rupiah = Amounts are in Indonesian rupiah, not won. Did you mean { $rupiah }? Pick it, or type the amount in rupiah (e.g. 10jt).
amount-foreign-currency = Amounts are in Indonesian rupiah. Please type the amount in rupiah (e.g. 10jt).

## Staff
newcampaign-ask-code = New campaign. Its code? (2–12 letters or digits, e.g. BTS)
newcampaign-ask-titleId = Title in Indonesian?
newcampaign-ask-titleEn = Title in English? (or skip)
newcampaign-ask-titleKo = Title in Korean? (or skip)
newcampaign-ask-storyId = Short story in Indonesian: who is helped, and how?
newcampaign-ask-storyEn = Story in English? (or skip)
newcampaign-ask-storyKo = Story in Korean? (or skip)
newcampaign-ask-target = Target amount? (e.g. 250jt)
newcampaign-ask-startsOn = Start date? (YYYY-MM-DD, DD/MM/YYYY or "today")
newcampaign-ask-endsOn = End date?
newcampaign-ask-goals = Beneficiary goals, e.g. "students=1000, schools=28"? (or skip)
newcampaign-ask-regions = Regions, separated by commas? (or skip)
newcampaign-bad-code = A code is 2–12 letters or digits, e.g. BTS.
newcampaign-bad-text = Please type 2 to the allowed number of characters.
newcampaign-bad-target = Please type a target amount in rupiah, e.g. 250jt.
newcampaign-bad-date = Please type a date as YYYY-MM-DD or DD/MM/YYYY.
newcampaign-end-before-start = The end date must not be before the start date.
newcampaign-bad-goals = Write goals as name=number, separated by commas, e.g. students=1000, schools=28.
newcampaign-bad-regions = Write regions separated by commas, each up to 60 characters.
newcampaign-confirm = New campaign:
    { $code } · { $title }
    Target: { $target }
    { $startsOn } – { $endsOn }
    Goals: { $goals }
    Regions: { $regions }
    Bank: { $bank }
    Create and open it for pledges?
newcampaign-created = Campaign { $code } is created and open for pledges.
newcampaign-cancelled = Cancelled. No campaign was created.
campaign-closed-done = Campaign { $code } is closed to new pledges.
update-posted = Update posted on { $code } and queued for { $total } subscribers.
staff-heading = Staff:
staff-from-config = from configuration
staff-added = { $identity } now has staff rights.
staff-removed = { $identity } no longer has staff rights.

## Usage
usage-campaign = Which campaign? Type /campaign CODE, e.g. /campaign BTS. /campaigns lists them.
usage-top = Which campaign? Type /top CODE, e.g. /top BTS.
usage-close = Type /close CODE, e.g. /close BTS.
usage-update = Type /update CODE TEXT, e.g. /update BTS Bags handed over in Sukabumi students=350.
usage-staff = Type /staff add IDENTITY or /staff remove IDENTITY, e.g. /staff add telegram:12345.
usage-paid = Type /paid ID, e.g. /paid 12. /mypledges shows your pledges.
usage-cancel = Type /cancel ID, e.g. /cancel 12. /mypledges shows your pledges.
usage-confirm = Type /confirm ID, e.g. /confirm 12. /pending lists waiting pledges.
usage-reject = Type /reject ID REASON, e.g. /reject 12 transfer not received.
usage-delivered = Type /delivered ID, e.g. /delivered 12.

## Choices
choice-yes = Yes
choice-no = No
choice-skip = Skip
choice-confirm = ✅ Confirm
choice-cancel = ✖ Cancel
choice-cash = 💵 Cash
choice-goods = 📦 Goods
choice-public = Show our name
choice-anonymous = Anonymous
choice-pledge = Pledge
choice-subscribe = Follow updates
choice-my-pledges = My pledges
choice-help = Help

## Flows
flow-cancelled = Stopped. Nothing was saved.
flow-expired = Your previous conversation expired, so nothing was saved. Please start again.

## Errors
error-empty = Please type a command, e.g. /help.
error-too-long = That message is too long (more than { $max } characters). Please shorten it.
error-internal = Sorry, something went wrong on our side. Please try again in a moment.
error-unknown-command = I don't know the command { $command }. /help lists what I can do.
error-not-understood = Sorry, I did not understand that. /help lists what I can do.
error-pick-choice = Please pick one of the options.
error-private-only = { $command } works only in a private chat with me.
error-staff-only = Only K-Peduli staff can do that.
error-register-first = First link yourself to your company with /register.
error-unknown-campaign = There is no campaign with the code { $code }. /campaigns lists them.
error-campaign-not-active = Campaign { $code } is not open for pledges. /campaigns lists the active ones.
error-campaign-code-taken = The code { $code } is already used by another campaign.
error-campaign-already-closed = Campaign { $code } is already closed.
error-pledge-wrong-status = Pledge #{ $id } is { $status ->
    [pledged] "pledged"
    [transfer_reported] "transfer reported"
    [confirmed] "confirmed"
    [delivered] "delivered"
    [cancelled] "cancelled"
   *[rejected] "rejected"
} and cannot be changed that way.
error-pledge-changed-meanwhile = Pledge #{ $id } was changed by someone else just now. Please check it again.
error-reject-needs-reason = Please give a reason: /reject ID REASON.
error-report-paid-wrong-kind = Pledge #{ $id } is a goods pledge: there is no transfer to report.
error-deliver-wrong-kind = Pledge #{ $id } is a cash pledge: only goods are delivered.
error-unknown-goal = This campaign has no goal "{ $goal }". Its goals: { $goals }.
error-bad-identity = "{ $identity }" is not an identity. Use channel:id, e.g. telegram:12345 or whatsapp:6281234567890.
error-staff-from-config = { $identity } has staff rights from configuration; change STAFF to remove them.

## WhatsApp
command-prephone = /prephone COMPANY PHONE — register a partner's WhatsApp number for their company in advance
usage-prephone = Type /prephone COMPANY_NAME PHONE, e.g. /prephone PT Maju Jaya 6281234567890. /prephone alone lists them.
prephone-done = { $phone } is registered for { $company }. Their first WhatsApp message links them at once, with no /register.
prephone-heading = Partner numbers registered by staff:
prephone-line = { $phone } · { $company } · { $state ->
    [linked] linked
   *[waiting] waiting for the first message
}
prephone-none = No partner numbers are registered yet. /prephone COMPANY_NAME PHONE adds one.
prephone-linked = Welcome! The K-Peduli team registered your number for { $company }, so you are linked already. You can /pledge now.
error-bad-phone = "{ $phone }" is not a phone number. Write it with the country code, e.g. 6281234567890 or +62 812-3456-7890.
error-unknown-company = There is no registered company "{ $company }". Check the spelling, or ask the partner to /register first.
error-phone-already-linked = { $phone } has already linked someone to their company and cannot be moved.
whatsapp-reply-hint = { $count ->
    [1] Reply 1 (or type the option's name).
   *[other] Reply { $numbers } or { $last } (or type the option's name).
}
whatsapp-media-hint = I can only read text, photos and PDF files (a caption counts). Type /help to see what I can do.

## Telegram
command-pin = /pin CODE — a live progress message for a campaign, pinned in this group (staff)
command-unpin = /unpin CODE — stop the live progress message for a campaign and unpin it (staff)
tg-progress-heading = 📊 { $code } · { $title }
tg-progress-closed = This campaign is closed. Thank you to every company that took part!
tg-progress-footer = Updated live. Details: /campaign { $code }
tg-pin-usage = In a group or channel, post /pin CODE there, e.g. /pin BTS. Or write to me privately: /pin CODE @channel (I must be an admin there).
tg-pin-done = The live progress message for { $code } is posted and pinned. I will keep it up to date.
tg-pin-not-pinned = The live progress message for { $code } is posted, but I could not pin it: make me an admin who may pin messages. I will keep it up to date.
tg-pin-cannot-post = I cannot post in { $chat }. Add me there as an admin first, then try again.
tg-unpin-usage = In the group or channel, post /unpin CODE there, e.g. /unpin BTS. Or write to me privately: /unpin CODE @channel.
tg-unpin-done = The live progress message for { $code } is unpinned. I will no longer update it.
tg-unpin-none = There is no live progress message for { $code } in that chat.
tg-pledge-in-private = Pledges are made in a private chat with me. Tap the button to pledge to { $code }.
tg-pledge-in-private-choose = Pledges are made in a private chat with me. Tap a campaign to start:
tg-pledge-button = Pledge to { $code }
tg-button-expired = This button no longer works. Please send the command again.

## Broadcasts and schedules
command-broadcast = /broadcast — send a message to subscribers or partners (/broadcast cancel ID stops one)
command-broadcasts = /broadcasts — recent broadcasts and their progress
command-schedule = /schedule list|add|pause|resume|remove — digests, reminders and summaries on a timetable
broadcast-ask-audience = 📣 New broadcast. Who should receive it?
broadcast-audience-campaign_subscribers = Subscribers of a campaign
broadcast-audience-campaign_partners = Partners who pledged to a campaign
broadcast-audience-unpaid_partners = Partners with unpaid pledges
broadcast-audience-all_subscribers = Everyone subscribed
broadcast-audience-staff = Staff
broadcast-audience-member = One person
broadcast-ask-campaign = Which campaign? Type its code or pick one.
broadcast-ask-text = Type the message in Indonesian (at most { $max } characters). Everyone without their own language gets this text.
broadcast-ask-text-ko = Type the Korean version (at most { $max } characters).
broadcast-ask-text-en = Type the English version (at most { $max } characters).
broadcast-ask-more = Add another language? Recipients get their own language, or else Indonesian.
broadcast-choice-add-ko = Add Korean
broadcast-choice-add-en = Add English
broadcast-choice-continue = Continue
broadcast-ask-when = When should it go out?
broadcast-choice-now = Now
broadcast-choice-urgent = Now, urgent (also during quiet hours)
broadcast-choice-later = At a time…
broadcast-ask-time = Type the date and time in Jakarta time (WIB), e.g. 2026-12-01 09:00, or just 09:00.
broadcast-bad-time = I could not read that time. Use YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:00.
broadcast-time-past = That time has already passed.
broadcast-when-now = now (held during quiet hours, 21:00–07:00 WIB)
broadcast-when-urgent = now, urgent
broadcast-when-at = at { $time } WIB
broadcast-preview = Preview
    To: { $audience }
    Recipients: { $total } ({ $channels })
    When: { $when }
    Send it?
broadcast-no-recipients = Nobody would receive this broadcast right now, so nothing was queued.
broadcast-bad-text = A broadcast needs text of 1 to { $max } characters.
broadcast-queued = ✅ Broadcast #{ $id } is queued for { $total } recipients. You will get a delivery report when it is done; /broadcasts shows progress.
broadcast-cancel-usage = Type /broadcast cancel ID, e.g. /broadcast cancel 12. /broadcasts lists them.
broadcast-cancel-done = Broadcast #{ $id } is cancelled; { $count } messages not yet sent were stopped.
broadcast-not-found = There is no broadcast #{ $id }. /broadcasts lists them.
broadcast-not-active = Broadcast #{ $id } is already finished or cancelled.
broadcasts-none = No broadcasts yet. /broadcast starts one.
broadcasts-heading = 📣 Recent broadcasts:
broadcasts-line = #{ $id } · { $kind } · { $audience } · { $when } · { $status }: queued { $queued }, sent { $sent }, failed { $failed }, skipped { $skipped }
broadcasts-hint = /broadcast cancel ID stops the messages not yet sent.
broadcast-kind-staff = broadcast
broadcast-kind-digest = weekly digest
broadcast-kind-reminder = payment reminder
broadcast-kind-countdown = deadline countdown
broadcast-kind-summary = pending summary
broadcast-kind-report = report
broadcast-status-active = in progress
broadcast-status-done = done
broadcast-status-cancelled = cancelled
outbox-report = 📣 Broadcast #{ $id } is done: sent { $sent }, failed { $failed }, skipped { $skipped }.
outbox-report-failed = ✖ failed: { $reason } ({ $count })
outbox-report-skipped = ⏭ skipped: { $reason } ({ $count })
outbox-reason-opted-out = opted out (/stop)
outbox-reason-unsubscribed = unsubscribed
outbox-reason-unreachable = unreachable (blocked the bot or number not on the app)
outbox-reason-cancelled = broadcast cancelled
outbox-reason-other = other reasons
digest-heading = 📬 Weekly update
digest-footer = Details: /campaign { $code } · No more updates: /unsubscribe { $code }
countdown-heading = ⏳ { $code } closes in { $days ->
    [1] 1 day
   *[other] { $days } days
}!
reminder-unpaid = 🔔 Reminder: your company's pledge to { $code } is still waiting for the transfer ({ $days } days now). /mypledges shows it; after transferring, type /paid ID.
summary-pending = 🗂 Pending pledges: { $reported } transfers to confirm, { $pledged } pledges waiting for a transfer. /pending lists them.
schedule-heading = ⏰ Schedules (Jakarta time):
schedule-line = #{ $id } · { $kind } · { $campaign } · `{ $cron }` · { $state ->
    [on] next { $next }
   *[off] paused
}
schedule-none = No schedules. /schedule add adds one.
schedule-all-campaigns = all campaigns
schedule-kind-digest = weekly digest
schedule-kind-reminder = payment reminder
schedule-kind-countdown = deadline countdown
schedule-kind-summary = pending summary to staff
schedule-usage = /schedule add KIND [CODE] MIN HOUR DAY MONTH WEEKDAY [days=N] (KIND: digest, reminder, countdown, summary; e.g. /schedule add digest PADI 0 9 * * 1), /schedule pause|resume|remove ID.
schedule-bad-cron = "{ $cron }" is not a valid schedule. Give five fields: minute hour day month weekday, e.g. 0 9 * * 1 for Mondays at 09:00 WIB. Nothing was saved.
schedule-bad-kind = "{ $kind }" is not a job. Choose digest, reminder, countdown, summary or closing. Nothing was saved.
schedule-added = ✅ Schedule #{ $id } added ({ $cron }, Jakarta time).
schedule-paused = Schedule #{ $id } is paused.
schedule-resumed = Schedule #{ $id } runs again.
schedule-removed = Schedule #{ $id } is removed.
schedule-not-found = There is no schedule #{ $id }. /schedule list shows them.

## Trust: joining a company, notifications, transfer instructions
command-members = /members [COMPANY] — who acts for your company, and join requests (/members remove ID)
command-approve = /approve ID — let a colleague join your company
command-decline = /decline ID — turn a join request down
command-editcampaign = /editcampaign CODE FIELD VALUE — change bank, account, holder, goods, title, story, target or ends
command-reopen = /reopen CODE [END DATE] — open a closed campaign again
error-control-characters = Your message contains invisible control characters, so I could not read it. Please type it again.
choice-stale = That button belongs to an earlier question, which was already answered. Nothing more was done.
error-no-such-pledge = I cannot find pledge #{ $id } among your company's pledges. /mypledges shows them.
error-deliver-before-confirm = Pledge #{ $id } is not confirmed yet: confirm the goods first (/confirm { $id }), then mark them delivered.
choice-pending = Waiting list
choice-approve = ✅ Approve
choice-decline = ✖ Decline
notice-transfer-reported = 💸 { $company } reports the transfer for pledge #{ $id } ({ $code }, { $what }). Check it and /confirm { $id }, or /reject { $id } REASON.
notice-pledge-confirm = ✅ Your pledge #{ $id } to { $code } ({ $what }) is confirmed. Thank you!
notice-pledge-reject = Your pledge #{ $id } to { $code } ({ $what }) was not accepted: { $reason }
notice-pledge-deliver = 📦 Your pledge #{ $id } to { $code } ({ $what }) is recorded as handed over. Thank you!
notice-pledge-cancel = Your pledge #{ $id } to { $code } ({ $what }) was cancelled by your colleague { $by }.
register-company-exists-now = { $company } was registered by someone else just now. Type /register again to ask to join it.
join-requested = Your request to join { $company } is sent (request #{ $id }). A colleague at { $company } or K-Peduli staff will approve it, and you will get a message. Until then you cannot pledge for the company.
join-pending = Your request to join { $company } is still waiting for approval by a colleague or K-Peduli staff.
notice-join-request = 🙋 { $name } ({ $who }) asks to act for { $company } (request #{ $id }). Approve only if you know them.
join-request-not-found = I cannot find join request #{ $id } among your company's requests.
join-request-decided = Join request #{ $id } was already decided ({ $status }).
join-approved-done = { $name } now acts for { $company } (request #{ $id }).
join-declined-done = Join request #{ $id } from { $name } is declined.
join-withdrawn-done = { $name } registered another company meanwhile, so request #{ $id } is closed.
notice-join-approved = ✅ You now act for { $company }. You can /pledge and see the company's /mypledges.
notice-join-declined = Your request to join { $company } was declined. If this is a mistake, ask your colleagues or K-Peduli staff.
notice-join-withdrawn = Your request to join { $company } was closed, because you are registered with another company.
usage-approve = Type /approve ID, e.g. /approve 3. /members lists the requests.
usage-decline = Type /decline ID, e.g. /decline 3. /members lists the requests.
usage-members = Type /members COMPANY to see a company's contacts, or /members remove ID.
members-heading = { $company } ({ $count ->
    [one] 1 contact
   *[other] { $count } contacts
}):
members-line = #{ $id } · { $name } · { $identity }
members-pending-heading = Waiting to join:
members-pending-line = request #{ $id } · { $name } — /approve { $id } or /decline { $id }
members-hint = /members remove ID takes someone off the company.
member-not-found = I cannot find contact #{ $id } in your company.
member-removed = { $name } no longer acts for { $company }.
notice-member-removed = You no longer act for { $company }. If this is a mistake, ask your colleagues or K-Peduli staff.
transfer-instructions = Please transfer { $amount } to:
    🏦 { $bank }
    Account number: { $account }
    Account holder: { $holder }
    Write this reference with the transfer: { $reference }
    Then type /paid { $id }.
transfer-instructions-missing = K-Peduli staff will send you the bank details for this pledge (reference { $reference }). After transferring, type /paid { $id }.
goods-instructions = 📦 Hand-over: { $instructions }
    Reference: { $reference }
goods-instructions-missing = K-Peduli staff will contact you to arrange the hand-over (reference { $reference }).
pledge-ask-large = { $amount } is far more than { $code } still needs, or than any pledge so far. Is that the amount you mean?
choice-large-yes = Yes, that amount
choice-large-no = No, change it
newcampaign-ask-bankName = Bank partners transfer to for this campaign? (or skip to use the default account)
newcampaign-ask-bankAccount = Account number? (or skip)
newcampaign-ask-bankHolder = Account holder? (or skip)
newcampaign-ask-goods = How are goods handed over (in Indonesian)? (or skip)
editcampaign-bad-value = That value must be 2 to { $max } characters.
usage-editcampaign = Type /editcampaign CODE FIELD VALUE. Fields: { $fields }. E.g. /editcampaign BTS account 123-456-7890.
editcampaign-done = Campaign { $code }: { $field } is changed.

## Campaign lifecycle
close-ask = Close { $code } · { $title }? No more pledges will be taken.
choice-close-yes = Yes, close it
choice-close-no = No, keep it open
close-kept = { $code } stays open.
error-campaign-not-closed = Campaign { $code } is not closed.
reopen-needs-end-date = The end date of { $code } has passed. Give a new one: /reopen { $code } YYYY-MM-DD.
usage-reopen = Type /reopen CODE [END DATE], e.g. /reopen BTS 2026-12-31.
campaign-reopened = Campaign { $code } is open for pledges again, until { $date }.
closing-summary = 🔒 { $count ->
    [one] 1 campaign has
   *[other] { $count } campaigns have
} passed the end date and { $count ->
    [one] is
   *[other] are
} now closed: { $codes }.

## Updates
update-heading = 📣 { $code } · { $title }
update-ask-text = Type the update in Indonesian (at most { $max } characters).
update-ask-text-ko = Type the Korean version of the update (at most { $max } characters).
update-ask-text-en = Type the English version of the update (at most { $max } characters).
update-ask-reached = Beneficiaries reached so far, e.g. "students=350 schools=3"? (or skip)
update-bad-reached = Write them as goal=number, e.g. students=350 schools=3.
update-preview = Update on { $code } for { $total } subscribers. Reached: { $reached }. Send it?
broadcast-kind-update = campaign update
broadcast-kind-closing = campaigns closed
schedule-kind-closing = closing campaigns past their end date

## Web pages
web-site-name = K-Peduli
web-language = Language
web-not-found = This page does not exist.
web-campaigns-title = K-Peduli campaigns
web-campaigns-empty = No campaign is open right now.
web-confirmed = Confirmed
web-pledged = Pledged
web-beneficiaries-heading = Beneficiaries
web-supporters-heading = Supporting companies
web-supporters-empty = No company has pledged yet.
web-updates-heading = Updates
web-updates-empty = No update yet.
web-pledge-via-bot = To pledge, write /pledge { $code } to the K-Peduli bot.
web-card-alt = Progress of { $title }: { $percent }% confirmed
command-dashboard = /dashboard — a one-time link to the web dashboard
campaign-web-link = On the web: { $url }
dashboard-link = Your dashboard sign-in link, valid { $minutes } minutes and usable once. Do not share it: { $url }
dashboard-too-many-links = You asked for several links just now. Use the last one, or try again in { $minutes } minutes.
dashboard-disabled = The web dashboard is switched off here (WEB_ENABLED=false).

## Web dashboard
web-signed-out = You are not signed in.
web-how-to-sign-in = K-Peduli staff: type /dashboard to the bot in any chat to get a sign-in link.
web-not-staff = This page is for K-Peduli staff only.
web-bad-origin = This form came from another site and was refused.
web-bad-csrf = This form has expired. Reload the page and try again.
web-link-used-or-expired = This sign-in link was already used or has expired.
web-sign-in-title = Sign in to the K-Peduli dashboard
web-sign-in-button = Sign in
web-sign-out = Sign out
web-dashboard-title = K-Peduli dashboard
web-nav-overview = Overview
web-nav-pending = Waiting for staff
web-signed-in-as = Signed in as { $identity }
web-pending-count = Waiting for confirmation: { $count }
web-last-week = Last 7 days: { $count } pledges, { $amount }
web-active-campaigns = Active campaigns
web-broadcasts-running = Broadcasts in progress
web-none = None.
web-broadcast-line = #{ $number } { $kind }: { $sent } sent, { $queued } queued, { $failed } failed
web-pending-title = Pledges waiting for staff
web-col-pledge = Pledge
web-col-company = Company
web-col-what = Amount or goods
web-col-status = Status
web-col-actions = Actions
web-col-date = Date
web-col-note = Note
web-confirm = Confirm
web-confirm-pledge = Confirm pledge #{ $id }
web-reject = Reject
web-reject-pledge = Reject pledge #{ $id }
web-reject-reason = Reason
web-back = Back
web-public-page = Public page
web-pledges-heading = Pledges
web-filter-all = All
web-filter-apply = Show
web-next-page = Next 50

## Live progress (seams)
live-progress-unavailable = Live progress messages are not available in this chat app. Use /pin in a Telegram group or channel.

## Files: photos and PDFs, transfer proof (issue 12)
command-proof = /proof ID — show a pledge's transfer slip again
usage-proof = Type /proof ID, e.g. /proof 12.
file-too-large = That file is too large: files may be at most { $max } MB. Please send a smaller photo or PDF.
file-wrong-type = I can only take photos (JPEG, PNG, WebP) and PDF files. That file is neither, whatever its name says.
file-unreadable = I could not read that file. Please send the photo or PDF again.
file-not-expected = Thanks for the file, but I don't know what it is for. To send a transfer slip, add the caption /paid ID.
paid-ask-proof = Please send a photo or PDF of the transfer slip for pledge #{ $id }, so staff can check it quickly. No slip at hand? Choose Skip.
paid-proof-expected = I am waiting for a photo or PDF of the transfer slip for pledge #{ $id }, or choose Skip.
paid-proof-kept = 📎 The transfer slip is attached for staff.
pending-has-proof = slip
proof-none = Pledge #{ $id } has no transfer slip.
proof-caption = Transfer slip for pledge #{ $id }: { $company }, { $code }, { $what }

## Web: staff dashboard pages (campaigns, companies, broadcasts, schedules, audit)
error-phone-not-registered = { $phone } is not registered for this company.
web-nav-campaigns = Campaigns
web-nav-companies = Companies
web-nav-broadcasts = Broadcasts
web-nav-schedules = Schedules
web-nav-audit = Audit log
web-action-refused = Not done
web-bad-input = That form was not filled in as expected. Please check it and try again.
web-form-too-large = That form is too large to be sent.
web-indonesian-required = The Indonesian text is required; Korean and English are optional.
web-add = Add
web-remove = Remove
web-col-kind = Type
web-kind-cash = Cash
web-kind-goods = Goods
web-sort = Order
web-sort-newest = Newest first
web-sort-oldest = Oldest first
web-sort-largest = Largest first
web-sort-smallest = Smallest first
web-goal = Beneficiaries
web-goal-reached = Reached
web-goal-target = Goal
web-campaign-new = New campaign
web-campaign-create = Create campaign
web-campaign-code = Code
web-campaign-title = Title
web-campaign-story = Story
web-campaign-target = Target (Rp, e.g. 250jt)
web-campaign-starts = Starts on
web-campaign-ends = Ends on
web-campaign-goals = Beneficiary goals (e.g. students=1000, schools=28)
web-campaign-regions = Regions (comma-separated)
web-campaign-bank = Bank for transfers
web-campaign-account = Account number
web-campaign-holder = Account holder
web-campaign-status-draft = draft
web-campaign-status-active = open
web-campaign-status-closed = closed
web-campaign-manage = Manage this campaign
web-campaign-edit-field = Field to change
web-campaign-edit-value = New value
web-campaign-edit = Change
web-campaign-field-bank = Bank
web-campaign-field-account = Account number
web-campaign-field-holder = Account holder
web-campaign-field-goods = Goods instructions (Indonesian)
web-campaign-field-title = Title (Indonesian)
web-campaign-field-story = Story (Indonesian)
web-campaign-field-target = Target
web-campaign-field-ends = End date
web-campaign-close = Close the campaign
web-campaign-reopen = Reopen the campaign
web-campaign-new-end = New end date (needed once the old one has passed)
web-update-post = Post an update
web-update-text = Update text
web-update-reached = { $goal } reached so far
web-update-send = Post and send to subscribers
web-company-anonymous = anonymous on the wall
web-company-contacts = Contacts
web-company-totals = Pledges per campaign
web-company-phones = Pre-registered numbers
web-phone-linked = linked
web-phone-waiting = waiting for their first message
web-phone-add = Phone number
web-phone-remove-label = Remove { $phone }
web-phone-not-found = That number is no longer registered for this company.
web-join-requests = Join requests
web-join-waiting = Join requests waiting
web-join-approve = Approve
web-join-decline = Decline
web-broadcast-new = New broadcast
web-broadcast-number = Broadcast
web-broadcast-audience = Audience
web-broadcast-campaign = Campaign (for a campaign's subscribers or partners)
web-broadcast-pick-audience = Pick an audience (and a campaign where it needs one) to see who would receive it.
web-broadcast-recipients = { $audience }: { $total } recipients now
web-broadcast-preview = Preview the recipients
web-broadcast-text = Message
web-broadcast-time = Date and time (Jakarta, WIB), for "at a time"
web-broadcast-send = Queue the broadcast
web-broadcast-no-member = Write to the bot once from your chat, so delivery reports can reach you, then try again.
web-broadcast-progress = Progress
web-broadcast-counts = { $sent } sent, { $queued } queued, { $failed } failed, { $skipped } skipped
web-broadcast-report = Delivery report of broadcast #{ $number }
web-broadcast-reasons = Why sends failed or were skipped
web-broadcast-channel = Channel
web-broadcast-reason = Reason
web-broadcast-count = Messages
web-broadcast-cancel = Cancel the sends not yet made
web-delivery-queued = queued
web-delivery-sending = sending
web-delivery-sent = sent
web-delivery-failed = failed
web-delivery-skipped = skipped
web-delivery-cancelled = cancelled
web-schedule-job = Job
web-schedule-campaign = Campaign
web-schedule-cron = When (cron)
web-schedule-cron-hint = When: minute hour day month weekday, Jakarta time (e.g. 0 9 * * 1)
web-schedule-next = Next run
web-schedule-paused = paused
web-schedule-days = Days after pledging (reminders only)
web-schedule-add = Add a schedule
web-schedule-pause = Pause
web-schedule-resume = Resume
web-schedule-remove = Remove
web-schedule-pause-label = Pause schedule #{ $id }
web-schedule-resume-label = Resume schedule #{ $id }
web-schedule-remove-label = Remove schedule #{ $id }
web-audit-actor = Who (identity)
web-audit-action = Action
web-audit-from = From
web-audit-to = To
web-audit-record = Record
web-audit-before = Before
web-audit-after = After
web-audit-time-zone = Dates are days in { $zone } time.

## Proof and paper: receipts, CSR certificates, charts, exports
command-chart = /chart CODE — the campaign's progress as a chart
command-export = /export [CODE] [FROM TO] — pledges as CSV and XLSX, e.g. /export BTS 2026-11-01 2026-11-30
command-certificate = /certificate CODE COMPANY — send a company its CSR certificate again
paper-issuer = K-Peduli · KOTRA Jakarta and Gugah Nurani Indonesia
receipt-title = Donation receipt
receipt-intro = K-Peduli gratefully acknowledges the donation below from { $company }.
receipt-number = Receipt no.
receipt-date = Date
receipt-company = Company
receipt-campaign = Campaign
receipt-pledge = Pledge
receipt-kind-cash = cash
receipt-kind-goods = goods
receipt-amount = Amount
receipt-value = Value of goods
receipt-in-words = In words
receipt-amount-words = { $words } rupiah
receipt-items = Goods
receipt-item = Item
receipt-quantity = Quantity
receipt-unit-value = Unit value
receipt-line-total = Total
receipt-confirmed-by = Confirmed by { $name }
receipt-footer = K-Peduli (Korea Peduli) · a CSR platform of KOTRA Jakarta with Gugah Nurani Indonesia
notice-receipt-attached = Your receipt { $number } is attached.
certificate-title = CSR Certificate
certificate-intro = This certifies that { $company } supported the campaign { $code } · { $title } through K-Peduli.
certificate-period = Campaign period
certificate-given = Given by the company
certificate-campaign-total = Campaign total (confirmed)
certificate-companies = Companies taking part
certificate-regions = Regions
certificate-gifts = What the company gave
certificate-reached = Beneficiaries reached
certificate-photos = From the field
certificate-signature = K-Peduli team, KOTRA Jakarta and Gugah Nurani Indonesia
notice-certificate = 📜 { $code } is closed. Thank you, { $company }: your CSR certificate is attached.
certificate-sent = 📜 The CSR certificate for { $company } ({ $code }) was sent to the company's contacts.
usage-certificate = Which campaign and company? Type /certificate CODE COMPANY, e.g. /certificate BTS PT Maju Jaya.
error-certificate-not-closed = { $code } is still open: certificates are issued once it is closed.
error-certificate-nothing-given = { $company } has no confirmed gift to { $code }, so there is no certificate.
chart-pledged = Pledged
chart-confirmed = Confirmed
chart-target = Target
chart-companies = Top companies
chart-unit = million Rp
chart-caption = 📈 { $code }: confirmed and pledged over time against the target, and the top companies.
usage-chart = Which campaign? Type /chart CODE, e.g. /chart BTS.
choice-chart = 📈 Chart
export-col-pledge = Pledge
export-col-campaign = Campaign
export-col-company = Company
export-col-channel = Contact channel
export-col-kind = Type
export-col-amount = Amount (Rp)
export-col-items = Items
export-col-status = Status
export-col-created = Created
export-col-updated = Updated
export-col-receipt = Receipt no.
export-col-proof = Proof
export-col-pledges = Pledges
export-col-pledged = Pledged (Rp)
export-col-confirmed = Confirmed (Rp)
export-sheet-pledges = Pledges
export-sheet-totals = Per company
export-yes = yes
export-no = no
export-kind-cash = cash
export-kind-goods = goods
export-all-campaigns = all campaigns
export-all-time = all dates
export-period = { $from } – { $to }
export-caption-csv = 📄 Pledges, { $scope }, { $period } (CSV)
export-caption-xlsx = 📊 Pledges and per-company totals, { $scope }, { $period } (XLSX)
export-too-big = The export of { $scope }, { $period } is over { $max } MB, too big to send in a chat, so nothing was sent. Ask for less, e.g. one campaign or one month: /export CODE FROM TO.
export-too-big-dashboard = Or download all of it from the dashboard: { $url } (type /dashboard first to sign in).
usage-export = Type /export [CODE] [FROM TO], e.g. /export, /export BTS or /export BTS 2026-11-01 2026-11-30.
error-export-range = The start date is after the end date. Type /export [CODE] FROM TO with FROM first.
web-exports-title = Exports
web-exports-campaign = Campaign
web-exports-from = From
web-exports-to = To
web-exports-csv = Download CSV
web-exports-xlsx = Download XLSX
web-exports-bad-input = Choose a campaign and two dates (YYYY-MM-DD), the start first.

## Public page: update photos
web-update-photo = Photo from this update
