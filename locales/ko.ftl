## Greeting and help
welcome = 안녕하세요! K-Peduli 봇입니다. 인도네시아에 진출한 한국 기업이 이곳에서 K-Peduli CSR 캠페인에 기부를 약정하고, 누구나 진행 상황을 확인할 수 있습니다.
help-everyone = 모든 사용자용 명령어:
help-partner = 파트너 기업용:
help-become-partner = 기업 담당자이십니까? /register 로 기업과 계정을 연결한 후 /pledge 로 약정하세요.
help-staff = K-Peduli 운영진용:
help-footer = 명령어는 슬래시(/) 없이 입력해도 됩니다. 예: "campaigns". 언어 변경: /lang id|ko|en
command-start = /start — 인사말과 이 목록
command-help = /help — 이 목록
command-lang = /lang id|ko|en — 언어 선택
command-campaigns = /campaigns — 진행 중인 캠페인과 진행 상황
command-campaign = /campaign 코드 — 캠페인 상세 정보 (/progress 도 가능)
command-total = /total [코드] — 전체 캠페인 합계 또는 한 캠페인의 합계
command-top = /top 코드 — 후원 기업 명단
command-subscribe = /subscribe [코드] — 소식 받기 (특정 캠페인 또는 전체)
command-unsubscribe = /unsubscribe [코드] — 소식 받기 중지
command-stop = /stop — 모든 메시지 수신 중단
command-register = /register — 내 계정을 소속 기업과 연결
command-pledge = /pledge [코드] [금액] — 현금 또는 물품 약정
command-mypledges = /mypledges — 우리 기업의 약정 내역
command-paid = /paid 번호 — 송금 완료 알리기
command-cancel = /cancel 번호 — 확인 전 약정 취소
command-newcampaign = /newcampaign — 새 캠페인 만들기
command-close = /close 코드 — 캠페인 마감 (먼저 확인)
command-confirm = /confirm 번호 — 약정 확인
command-reject = /reject 번호 사유 — 약정 거절
command-delivered = /delivered 번호 — 물품 전달 완료 기록
command-update = /update 코드 [내용] [students=350] — 캠페인 구독자에게 소식 보내기 (내용 없이: 언어별로)
command-pending = /pending — 운영진 처리를 기다리는 약정
command-staff = /staff add|remove 계정 — 운영진 권한 관리

## Language
lang-choose = 언어를 선택해 주세요:
lang-set = 언어가 한국어로 설정되었습니다.
lang-name-id = Bahasa Indonesia
lang-name-ko = 한국어
lang-name-en = English

## Campaigns
demo-label = [데모]
campaigns-heading = 진행 중인 캠페인:
campaigns-none = 현재 진행 중인 캠페인이 없습니다.
campaign-collected = 목표 { $target } 중 { $collected } 확인
campaign-days-left = { $days }일 남음
campaign-last-day = 오늘 마감
campaign-ended = 기간 종료
campaign-closed = 마감됨
campaign-target = 목표 금액: { $target }
campaign-confirmed-vs-pledged = 확인: { $confirmed } · 약정: { $pledged }
campaign-companies = 참여 기업 { $count }곳
campaign-goals-heading = 수혜 대상:
campaign-goal-line = • { $goal }: { $target } 중 { $reached } ({ $percent }%)
campaign-regions = 지역: { $regions }
campaign-deadline = 마감일: { $date } ({ $left })
campaign-latest-update = 최근 소식 ({ $date }): { $text }
goal-students = 학생
goal-schools = 학교
goal-medical_workers = 의료진
goal-health_centres = 보건소
goal-villages = 마을
goal-farmers = 농민
goal-families = 가정
goal-products = 마을 특산품
total-text = 진행 중인 캠페인 ({ $activeCampaigns }개): 확인 { $activeConfirmed }, 약정 { $activePledged }.
    전체 기간 (캠페인 { $allCampaigns }개, 기업 { $companies }곳): 확인 { $allConfirmed }, 약정 { $allPledged }.
top-heading = 후원 기업 · { $code } · { $title }
top-line = { $rank }. { $company } — 확인 { $confirmed } (약정 { $pledged })
top-empty = 아직 { $code } 캠페인에 약정한 기업이 없습니다.
anonymous-company = 익명

## Subscriptions
subscribed-one = 앞으로 { $code } 캠페인 소식을 보내 드리겠습니다.
subscribed-all = 앞으로 모든 캠페인 소식을 보내 드리겠습니다.
already-subscribed-one = 이미 { $code } 캠페인 소식을 받고 계십니다.
already-subscribed-all = 이미 모든 캠페인 소식을 받고 계십니다.
unsubscribed-one = 이제 { $code } 캠페인 소식을 보내 드리지 않습니다.
unsubscribed-all = 모든 구독이 해지되었습니다.
not-subscribed = 해당 구독 내역이 없습니다.
stopped = 완료되었습니다. 앞으로 메시지를 보내 드리지 않습니다. 소식을 다시 받으시려면 /subscribe 라고 입력하세요.

## Registration
register-already = 현재 { $company } 소속으로 등록되어 있습니다. 다른 기업으로 변경하시려면 계속 진행하세요.
register-ask-company = 기업명을 입력해 주세요. (예: PT Maju Bersama Indonesia)
register-ask-join = { $company } ({ $city }) 기업은 이미 등록되어 있습니다. 동료로 합류하시겠습니까?
register-ask-contact = 기업 담당자로 등록할 성함을 입력해 주세요.
register-ask-city = 기업이 위치한 도시를 입력해 주세요.
register-ask-anonymous = 공개 후원 기업 명단에 기업명을 표시할까요, 아니면 "{ $anonymous }" 처리할까요?
register-bad-company = 기업명을 입력해 주세요 (2–120자).
register-bad-contact = 성함을 입력해 주세요 (최대 120자).
register-bad-city = 도시명을 입력해 주세요 (2–80자).
register-done = 감사합니다! { $company } 등록이 완료되어 계정과 연결되었습니다. 이제 /pledge 로 약정하실 수 있습니다.

## Pledges
pledge-ask-campaign = 어떤 캠페인을 후원하시겠습니까?
pledge-ask-kind = 현금과 물품 중 어떤 방식으로 기부하시겠습니까?
pledge-ask-amount = 약정 금액을 입력해 주세요. (예: 1000만, 10jt, Rp10.000.000)
pledge-ask-item = 어떤 물품입니까? (예: 개인보호장비 세트, 책가방)
pledge-ask-quantity = { $item } 수량을 입력해 주세요.
pledge-ask-unit-value = { $item } 1개당 예상 가액을 입력해 주세요. (예: 15만, 150rb)
pledge-ask-note = K-Peduli 팀에 전할 메모가 있으십니까? 입력하시거나 건너뛰세요.
pledge-bad-item = 물품 설명은 200자 이내로 입력해 주세요.
pledge-bad-quantity = 1에서 1,000,000 사이의 정수를 입력해 주세요.
pledge-bad-note = 메모는 최대 500자까지 입력할 수 있습니다.
pledge-goods-summary = { $item } { $quantity }개 × { $unitValue } = { $total }
pledge-confirm = 약정 내용을 확인해 주세요:
    기업: { $company }
    캠페인: { $campaign }
    약정: { $what }
    메모: { $note }
    이대로 진행할까요?
pledge-recorded = 감사합니다! { $code } 캠페인 약정 #{ $id } 등록이 완료되었습니다.
pledge-cancelled = 취소되었습니다. 등록된 내용은 없습니다.
pledge-already-recorded = 이 약정은 이미 등록되어 있습니다 (#{ $id }).
pledge-report-paid-done = 감사합니다! 약정 #{ $id }: 이제 "{ $status }" 상태입니다. 운영진이 곧 확인해 드리겠습니다.
pledge-cancel-done = 약정 #{ $id } 취소가 완료되었습니다.
pledge-confirm-done = 약정 #{ $id }: 이제 "{ $status }" 상태입니다.
pledge-reject-done = 약정 #{ $id }: 이제 "{ $status }" 상태입니다.
pledge-deliver-done = 약정 #{ $id }: 이제 "{ $status }" 상태입니다.
mypledges-heading = { $company } 약정 내역:
mypledges-none = 아직 귀사의 약정 내역이 없습니다.
pending-heading = 운영진 처리를 기다리는 약정 ({ $count }건):
pending-none = 대기 중인 약정이 없습니다.
pending-hint = /confirm 번호 · /reject 번호 사유 · /delivered 번호 · /proof 번호
status-pledged = 약정됨
status-transfer_reported = 송금 보고됨
status-confirmed = 확인됨
status-delivered = 전달됨
status-cancelled = 취소됨
status-rejected = 거절됨

## Amounts
amount-zero = 금액은 0보다 커야 합니다.
amount-negative = 금액은 음수일 수 없습니다.
amount-too-large = 최대 금액({ $max })을 초과했습니다. 금액을 확인해 주세요.
amount-unparseable = 입력하신 "{ $input }" 값을 금액으로 인식하지 못했습니다. 예: 1000만, 10jt, 10 juta, Rp10.000.000, 1,5 M 형식으로 입력해 주세요.
amount-ambiguous-separator = "{ $input }" 값은 여러 가지로 해석될 수 있습니다. 어느 금액을 의미하십니까?
amount-fraction-of-rupiah = 금액은 소수점 없이 루피아 단위의 정수로 입력해야 합니다. 다시 입력해 주세요.
amount-maybe-missing-unit = 혹시 다음 중 하나를 의미하셨습니까?
amount-won-as-rupiah = 금액은 원이 아니라 인도네시아 루피아 기준입니다. { $rupiah }을(를) 뜻하셨나요? 선택하시거나 루피아로 입력해 주세요 (예: 1000만, 10jt).
amount-foreign-currency = 금액은 인도네시아 루피아 기준입니다. 루피아로 입력해 주세요 (예: 1000만, 10jt).

## Staff
newcampaign-ask-code = 새 캠페인을 만듭니다. 캠페인 코드를 입력해 주세요. (영문자 또는 숫자 2–12자, 예: BTS)
newcampaign-ask-titleId = 인도네시아어 제목을 입력해 주세요.
newcampaign-ask-titleEn = 영어 제목을 입력해 주세요. (또는 건너뛰기)
newcampaign-ask-titleKo = 한국어 제목을 입력해 주세요. (또는 건너뛰기)
newcampaign-ask-storyId = 인도네시아어로 짧은 소개를 입력해 주세요. 누구를, 어떻게 돕습니까?
newcampaign-ask-storyEn = 영어 소개를 입력해 주세요. (또는 건너뛰기)
newcampaign-ask-storyKo = 한국어 소개를 입력해 주세요. (또는 건너뛰기)
newcampaign-ask-target = 목표 금액을 입력해 주세요. (예: 2억 5000만, 250jt)
newcampaign-ask-startsOn = 시작일을 입력해 주세요. (YYYY-MM-DD, DD/MM/YYYY 또는 "오늘")
newcampaign-ask-endsOn = 종료일을 입력해 주세요.
newcampaign-ask-goals = 수혜 목표를 입력해 주세요. 예: "students=1000, schools=28" (또는 건너뛰기)
newcampaign-ask-regions = 지역을 쉼표로 구분해 입력해 주세요. (또는 건너뛰기)
newcampaign-bad-code = 코드는 영문자 또는 숫자 2–12자입니다. 예: BTS.
newcampaign-bad-text = 2자 이상, 허용된 글자 수 이내로 입력해 주세요.
newcampaign-bad-target = 목표 금액을 루피아로 입력해 주세요. 예: 250jt.
newcampaign-bad-date = 날짜를 YYYY-MM-DD 또는 DD/MM/YYYY 형식으로 입력해 주세요.
newcampaign-end-before-start = 종료일은 시작일보다 빠를 수 없습니다.
newcampaign-bad-goals = 목표는 이름=숫자 형식으로, 쉼표로 구분해 입력해 주세요. 예: students=1000, schools=28.
newcampaign-bad-regions = 지역은 쉼표로 구분하고, 각각 60자 이내로 입력해 주세요.
newcampaign-confirm = 새 캠페인:
    { $code } · { $title }
    목표 금액: { $target }
    { $startsOn } – { $endsOn }
    수혜 목표: { $goals }
    지역: { $regions }
    은행: { $bank }
    캠페인을 만들고 약정 접수를 시작할까요?
newcampaign-created = { $code } 캠페인이 생성되었으며 약정 접수를 시작했습니다.
newcampaign-cancelled = 취소되었습니다. 캠페인은 생성되지 않았습니다.
campaign-closed-done = { $code } 캠페인의 신규 약정 접수가 마감되었습니다.
update-posted = { $code } 소식을 게시하고 구독자 { $total }명에게 보내도록 대기열에 넣었습니다.
staff-heading = 운영진:
staff-from-config = 설정에서 지정
staff-added = { $identity } 계정에 운영진 권한이 부여되었습니다.
staff-removed = { $identity } 계정의 운영진 권한이 해제되었습니다.

## Usage
usage-campaign = 어떤 캠페인입니까? /campaign 코드 형식으로 입력해 주세요. 예: /campaign BTS. 캠페인 목록은 /campaigns 에서 보실 수 있습니다.
usage-top = 어떤 캠페인입니까? /top 코드 형식으로 입력해 주세요. 예: /top BTS.
usage-close = /close 코드 형식으로 입력해 주세요. 예: /close BTS.
usage-update = /update 코드 내용 형식으로 입력해 주세요. 예: /update BTS Sukabumi 책가방 전달 완료 students=350.
usage-staff = /staff add 계정 또는 /staff remove 계정 형식으로 입력해 주세요. 예: /staff add telegram:12345.
usage-paid = /paid 번호 형식으로 입력해 주세요. 예: /paid 12. 약정 내역은 /mypledges 에서 보실 수 있습니다.
usage-cancel = /cancel 번호 형식으로 입력해 주세요. 예: /cancel 12. 약정 내역은 /mypledges 에서 보실 수 있습니다.
usage-confirm = /confirm 번호 형식으로 입력해 주세요. 예: /confirm 12. 대기 중인 약정은 /pending 에서 보실 수 있습니다.
usage-reject = /reject 번호 사유 형식으로 입력해 주세요. 예: /reject 12 송금 미확인.
usage-delivered = /delivered 번호 형식으로 입력해 주세요. 예: /delivered 12.

## Choices
choice-yes = 예
choice-no = 아니요
choice-skip = 건너뛰기
choice-confirm = ✅ 확인
choice-cancel = ✖ 취소
choice-cash = 💵 현금
choice-goods = 📦 물품
choice-public = 기업명 공개
choice-anonymous = 익명
choice-pledge = 약정하기
choice-subscribe = 소식 받기
choice-my-pledges = 내 약정
choice-help = 도움말

## Flows
flow-cancelled = 중단되었습니다. 저장된 내용은 없습니다.
flow-expired = 이전 대화가 만료되어 저장된 내용이 없습니다. 처음부터 다시 시작해 주세요.

## Errors
error-empty = 명령어를 입력해 주세요. 예: /help.
error-too-long = 메시지가 너무 깁니다 ({ $max }자 초과). 조금 줄여 주세요.
error-internal = 죄송합니다. 시스템에 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.
error-unknown-command = { $command } 명령어를 알 수 없습니다. 사용 가능한 명령어는 /help 에서 확인하세요.
error-not-understood = 죄송합니다. 이해하지 못했습니다. 사용 가능한 명령어는 /help 에서 확인하세요.
error-pick-choice = 선택지 중 하나를 골라 주세요.
error-private-only = { $command } 명령어는 봇과의 1:1 대화에서만 사용할 수 있습니다.
error-staff-only = K-Peduli 운영진만 사용할 수 있는 기능입니다.
error-register-first = 먼저 /register 로 계정을 소속 기업과 연결해 주세요.
error-unknown-campaign = { $code } 코드의 캠페인이 없습니다. 캠페인 목록은 /campaigns 에서 확인하세요.
error-campaign-not-active = { $code } 캠페인은 현재 약정을 받지 않습니다. 진행 중인 캠페인은 /campaigns 에서 확인하세요.
error-campaign-code-taken = { $code } 코드는 이미 다른 캠페인에서 사용 중입니다.
error-campaign-already-closed = { $code } 캠페인은 이미 마감되었습니다.
error-pledge-wrong-status = 약정 #{ $id } 항목은 { $status ->
    [pledged] "약정됨"
    [transfer_reported] "송금 보고됨"
    [confirmed] "확인됨"
    [delivered] "전달됨"
    [cancelled] "취소됨"
   *[rejected] "거절됨"
} 상태이므로 이 방법으로 변경할 수 없습니다.
error-pledge-changed-meanwhile = 방금 다른 사용자가 약정 #{ $id } 항목을 변경했습니다. 다시 확인해 주세요.
error-reject-needs-reason = 사유를 함께 입력해 주세요: /reject 번호 사유.
error-report-paid-wrong-kind = 약정 #{ $id } 항목은 물품 약정이므로 보고할 송금이 없습니다.
error-deliver-wrong-kind = 약정 #{ $id } 항목은 현금 약정입니다. 전달 처리는 물품 약정만 가능합니다.
error-unknown-goal = 이 캠페인에는 "{ $goal }" 수혜 목표가 없습니다. 등록된 목표: { $goals }.
error-bad-identity = "{ $identity }" 값은 올바른 계정 형식이 아닙니다. channel:id 형식으로 입력해 주세요. 예: telegram:12345 또는 whatsapp:6281234567890.
error-staff-from-config = { $identity } 계정의 운영진 권한은 설정에서 지정된 것입니다. 해제하려면 STAFF 설정을 변경하세요.

## WhatsApp
command-prephone = /prephone 회사명 전화번호 — 파트너의 WhatsApp 번호를 회사에 미리 등록 (또는 /번호등록)
usage-prephone = /prephone 회사명 전화번호 형식으로 입력해 주세요. 예: /prephone PT Maju Jaya 6281234567890. /prephone만 입력하면 목록을 보여 드립니다.
prephone-done = { $phone } 번호가 { $company }에 등록되었습니다. 이 번호로 첫 WhatsApp 메시지를 보내면 /register 없이 바로 연결됩니다.
prephone-heading = 운영진이 등록한 파트너 번호:
prephone-line = { $phone } · { $company } · { $state ->
    [linked] 연결됨
   *[waiting] 첫 메시지 대기 중
}
prephone-none = 등록된 파트너 번호가 없습니다. /prephone 회사명 전화번호로 추가하세요.
prephone-linked = 환영합니다! K-Peduli 팀이 귀하의 번호를 { $company }에 미리 등록해 두어 바로 연결되었습니다. 이제 /pledge를 사용하실 수 있습니다.
error-bad-phone = "{ $phone }" 값은 올바른 전화번호가 아닙니다. 국가 번호와 함께 입력해 주세요. 예: 6281234567890 또는 +62 812-3456-7890.
error-unknown-company = "{ $company }" 회사는 등록되어 있지 않습니다. 철자를 확인하시거나, 파트너에게 먼저 /register로 등록해 달라고 요청하세요.
error-phone-already-linked = { $phone } 번호는 이미 회사와 연결된 사람이 있어 옮길 수 없습니다.
whatsapp-reply-hint = { $count ->
    [1] 1번을 보내 주세요 (또는 선택지 이름을 입력하세요).
   *[other] { $numbers } 또는 { $last }번 중 하나를 보내 주세요 (또는 선택지 이름을 입력하세요).
}
whatsapp-media-hint = 저는 글자, 사진, PDF 파일만 읽을 수 있어요 (설명도 읽어요). /help 를 입력하면 할 수 있는 일을 알려 드려요.

## Telegram
command-pin = /pin 코드 — 이 그룹에 고정되는 실시간 캠페인 진행 현황 메시지 (운영진)
command-unpin = /unpin 코드 — 캠페인 실시간 진행 현황 메시지의 업데이트를 멈추고 고정을 해제합니다 (운영진)
tg-progress-heading = 📊 { $code } · { $title }
tg-progress-closed = 마감된 캠페인입니다. 참여해 주신 모든 기업에 감사드립니다!
tg-progress-footer = 실시간으로 업데이트됩니다. 상세 정보: /campaign { $code }
tg-pin-usage = 그룹이나 채널에서 /pin 코드 를 게시하세요. 예: /pin BTS. 또는 저에게 개인 메시지로 /pin 코드 @채널 을 보내 주세요 (해당 채널의 관리자로 추가되어 있어야 합니다).
tg-pin-done = { $code } 실시간 진행 현황 메시지를 게시하고 고정했습니다. 계속 최신 상태로 업데이트하겠습니다.
tg-pin-not-pinned = { $code } 실시간 진행 현황 메시지를 게시했지만 고정하지 못했습니다. 메시지 고정 권한이 있는 관리자로 지정해 주세요. 계속 최신 상태로 업데이트하겠습니다.
tg-pin-cannot-post = { $chat }에 게시할 수 없습니다. 먼저 저를 관리자로 추가한 후 다시 시도해 주세요.
tg-unpin-usage = 그룹이나 채널에서 /unpin 코드 를 게시하세요. 예: /unpin BTS. 또는 저에게 개인 메시지로 /unpin 코드 @채널 을 보내 주세요.
tg-unpin-done = { $code } 실시간 진행 현황 메시지의 고정을 해제했습니다. 더 이상 업데이트하지 않습니다.
tg-unpin-none = 해당 채팅에는 { $code } 실시간 진행 현황 메시지가 없습니다.
tg-pledge-in-private = 약정은 저와의 개인 대화에서 진행됩니다. 버튼을 눌러 { $code } 캠페인에 약정하세요.
tg-pledge-in-private-choose = 약정은 저와의 개인 대화에서 진행됩니다. 캠페인을 눌러 시작하세요:
tg-pledge-button = { $code } 약정하기
tg-button-expired = 더 이상 사용할 수 없는 버튼입니다. 명령어를 다시 보내 주세요.

## 방송과 일정
command-broadcast = /broadcast — 구독자나 파트너에게 메시지 보내기 (/broadcast cancel ID로 중지)
command-broadcasts = /broadcasts — 최근 방송과 진행 상황
command-schedule = /schedule list|add|pause|resume|remove — 정기 요약, 알림, 보고 일정
broadcast-ask-audience = 📣 새 방송입니다. 누구에게 보낼까요?
broadcast-audience-campaign_subscribers = 한 캠페인의 구독자
broadcast-audience-campaign_partners = 한 캠페인에 약정한 파트너
broadcast-audience-unpaid_partners = 미납 약정이 있는 파트너
broadcast-audience-all_subscribers = 모든 구독자
broadcast-audience-staff = 스태프
broadcast-audience-member = 한 사람
broadcast-ask-campaign = 어느 캠페인입니까? 코드를 입력하거나 선택하세요.
broadcast-ask-text = 인도네시아어로 메시지를 입력하세요 (최대 { $max }자). 번역이 없는 분은 모두 이 글을 받습니다.
broadcast-ask-text-ko = 한국어 버전을 입력하세요 (최대 { $max }자).
broadcast-ask-text-en = 영어 버전을 입력하세요 (최대 { $max }자).
broadcast-ask-more = 다른 언어를 추가하시겠습니까? 받는 분은 자신의 언어로, 없으면 인도네시아어로 받습니다.
broadcast-choice-add-ko = 한국어 추가
broadcast-choice-add-en = 영어 추가
broadcast-choice-continue = 계속
broadcast-ask-when = 언제 보낼까요?
broadcast-choice-now = 지금
broadcast-choice-urgent = 지금, 긴급 (야간 시간에도 발송)
broadcast-choice-later = 시간 지정…
broadcast-ask-time = 자카르타 시간(WIB)으로 날짜와 시각을 입력하세요. 예: 2026-12-01 09:00 또는 09:00.
broadcast-bad-time = 시각을 읽을 수 없습니다. YYYY-MM-DD HH:MM 형식으로 입력하세요. 예: 2026-12-01 09:00.
broadcast-time-past = 이미 지난 시각입니다.
broadcast-when-now = 지금 (야간 시간 21:00–07:00 WIB에는 보류)
broadcast-when-urgent = 지금, 긴급
broadcast-when-at = { $time } WIB
broadcast-preview = 미리 보기
    받는 분: { $audience }
    수신자: { $total }명 ({ $channels })
    발송: { $when }
    보내시겠습니까?
broadcast-no-recipients = 지금은 이 방송을 받을 분이 없어 아무것도 대기열에 넣지 않았습니다.
broadcast-bad-text = 방송 내용은 1자에서 { $max }자 사이여야 합니다.
broadcast-queued = ✅ 방송 #{ $id }이(가) 수신자 { $total }명에게 대기 중입니다. 완료되면 발송 보고를 보내 드립니다. /broadcasts에서 진행 상황을 확인하세요.
broadcast-cancel-usage = /broadcast cancel ID 형식으로 입력하세요. 예: /broadcast cancel 12. /broadcasts에서 목록을 확인하세요.
broadcast-cancel-done = 방송 #{ $id }을(를) 취소했습니다. 아직 보내지 않은 메시지 { $count }건을 중지했습니다.
broadcast-not-found = 방송 #{ $id }이(가) 없습니다. /broadcasts에서 목록을 확인하세요.
broadcast-not-active = 방송 #{ $id }은(는) 이미 완료되었거나 취소되었습니다.
broadcasts-none = 아직 방송이 없습니다. /broadcast로 시작하세요.
broadcasts-heading = 📣 최근 방송:
broadcasts-line = #{ $id } · { $kind } · { $audience } · { $when } · { $status }: 대기 { $queued }, 발송 { $sent }, 실패 { $failed }, 건너뜀 { $skipped }
broadcasts-hint = /broadcast cancel ID로 아직 보내지 않은 메시지를 중지합니다.
broadcast-kind-staff = 방송
broadcast-kind-digest = 주간 요약
broadcast-kind-reminder = 납부 알림
broadcast-kind-countdown = 마감 카운트다운
broadcast-kind-summary = 대기 요약
broadcast-kind-report = 보고
broadcast-status-active = 진행 중
broadcast-status-done = 완료
broadcast-status-cancelled = 취소됨
outbox-report = 📣 방송 #{ $id } 완료: 발송 { $sent }, 실패 { $failed }, 건너뜀 { $skipped }.
outbox-report-failed = ✖ 실패: { $reason } ({ $count })
outbox-report-skipped = ⏭ 건너뜀: { $reason } ({ $count })
outbox-reason-opted-out = 수신 거부 (/stop)
outbox-reason-unsubscribed = 구독 취소
outbox-reason-unreachable = 연락 불가 (봇 차단 또는 앱에 없는 번호)
outbox-reason-cancelled = 방송 취소
outbox-reason-other = 기타 사유
digest-heading = 📬 주간 소식
digest-footer = 자세히: /campaign { $code } · 소식 그만 받기: /unsubscribe { $code }
countdown-heading = ⏳ { $code } 마감까지 { $days }일 남았습니다!
reminder-unpaid = 🔔 알림: 귀사의 { $code } 약정이 아직 송금을 기다리고 있습니다 ({ $days }일 경과). /mypledges에서 확인하시고, 송금 후 /paid ID를 입력하세요.
summary-pending = 🗂 대기 중인 약정: 확인할 송금 { $reported }건, 송금을 기다리는 약정 { $pledged }건입니다. /pending에서 확인하세요.
schedule-heading = ⏰ 일정 (자카르타 시간):
schedule-line = #{ $id } · { $kind } · { $campaign } · `{ $cron }` · { $state ->
    [on] 다음 { $next }
   *[off] 일시 중지됨
}
schedule-none = 일정이 없습니다. /schedule add로 추가하세요.
schedule-all-campaigns = 모든 캠페인
schedule-kind-digest = 주간 요약
schedule-kind-reminder = 납부 알림
schedule-kind-countdown = 마감 카운트다운
schedule-kind-summary = 스태프용 대기 요약
schedule-usage = /schedule add 종류 [코드] 분 시 일 월 요일 [days=N] (종류: digest, reminder, countdown, summary; 예: /schedule add digest PADI 0 9 * * 1), /schedule pause|resume|remove ID.
schedule-bad-cron = "{ $cron }"은(는) 올바른 일정이 아닙니다. 분 시 일 월 요일의 다섯 항목을 입력하세요. 예: 매주 월요일 09:00 WIB는 0 9 * * 1입니다. 아무것도 저장하지 않았습니다.
schedule-bad-kind = "{ $kind }"은(는) 작업 종류가 아닙니다. digest, reminder, countdown, summary, closing 중에서 고르세요. 저장된 것은 없습니다.
schedule-added = ✅ 일정 #{ $id }을(를) 추가했습니다 ({ $cron }, 자카르타 시간).
schedule-paused = 일정 #{ $id }을(를) 일시 중지했습니다.
schedule-resumed = 일정 #{ $id }을(를) 다시 실행합니다.
schedule-removed = 일정 #{ $id }을(를) 삭제했습니다.
schedule-not-found = 일정 #{ $id }이(가) 없습니다. /schedule list에서 확인하세요.

## 신뢰: 회사 합류, 알림, 송금 안내
command-members = /members [회사] — 회사를 대표하는 사람과 합류 요청 (/members remove ID)
command-approve = /approve ID — 동료의 회사 합류를 승인
command-decline = /decline ID — 합류 요청을 거절
command-editcampaign = /editcampaign 코드 항목 값 — bank, account, holder, goods, title, story, target, ends 변경
command-reopen = /reopen 코드 [종료일] — 마감된 캠페인을 다시 열기
error-control-characters = 메시지에 보이지 않는 제어 문자가 있어 읽을 수 없습니다. 다시 입력해 주세요.
choice-stale = 이 버튼은 이미 답한 이전 질문의 것입니다. 더 이상 처리하지 않았습니다.
error-no-such-pledge = 회사의 약정 중에서 약정 #{ $id }을(를) 찾을 수 없습니다. /mypledges 에서 확인하세요.
error-deliver-before-confirm = 약정 #{ $id }은(는) 아직 확인되지 않았습니다. 먼저 물품을 확인(/confirm { $id })한 뒤 전달 완료로 표시하세요.
choice-pending = 대기 목록
choice-approve = ✅ 승인
choice-decline = ✖ 거절
notice-transfer-reported = 💸 { $company }이(가) 약정 #{ $id } ({ $code }, { $what })의 송금을 알렸습니다. 확인 후 /confirm { $id } 또는 /reject { $id } 사유.
notice-pledge-confirm = ✅ { $code }에 대한 약정 #{ $id } ({ $what })이(가) 확인되었습니다. 감사합니다!
notice-pledge-reject = { $code }에 대한 약정 #{ $id } ({ $what })이(가) 받아들여지지 않았습니다: { $reason }
notice-pledge-deliver = 📦 { $code }에 대한 약정 #{ $id } ({ $what })이(가) 전달 완료로 기록되었습니다. 감사합니다!
notice-pledge-cancel = { $code }에 대한 약정 #{ $id } ({ $what })을(를) 동료 { $by }님이 취소했습니다.
register-company-exists-now = 방금 다른 사람이 { $company }을(를) 등록했습니다. 합류를 요청하려면 /register 를 다시 입력하세요.
join-requested = { $company } 합류 요청을 보냈습니다(요청 #{ $id }). { $company }의 동료나 K-Peduli 직원이 승인하면 메시지를 받게 됩니다. 그 전에는 회사 이름으로 약정할 수 없습니다.
join-pending = { $company } 합류 요청이 아직 동료나 K-Peduli 직원의 승인을 기다리고 있습니다.
notice-join-request = 🙋 { $name }({ $who })님이 { $company }을(를) 대표하겠다고 요청했습니다(요청 #{ $id }). 아는 분일 때만 승인하세요.
join-request-not-found = 회사의 요청 중에서 합류 요청 #{ $id }을(를) 찾을 수 없습니다.
join-request-decided = 합류 요청 #{ $id }은(는) 이미 처리되었습니다({ $status }).
join-approved-done = 이제 { $name }님이 { $company }을(를) 대표합니다(요청 #{ $id }).
join-declined-done = { $name }님의 합류 요청 #{ $id }을(를) 거절했습니다.
join-withdrawn-done = { $name }님이 그사이 다른 회사를 등록하여 요청 #{ $id }은(는) 종료되었습니다.
notice-join-approved = ✅ 이제 { $company }을(를) 대표합니다. /pledge 로 약정하고 /mypledges 로 회사의 약정을 볼 수 있습니다.
notice-join-declined = { $company } 합류 요청이 거절되었습니다. 잘못된 경우 동료나 K-Peduli 직원에게 문의하세요.
notice-join-withdrawn = 다른 회사에 등록되어 있어 { $company } 합류 요청이 종료되었습니다.
usage-approve = /approve ID 형식으로 입력하세요. 예: /approve 3. /members 에서 요청을 볼 수 있습니다.
usage-decline = /decline ID 형식으로 입력하세요. 예: /decline 3. /members 에서 요청을 볼 수 있습니다.
usage-members = 회사 담당자를 보려면 /members 회사, 또는 /members remove ID.
members-heading = { $company } (담당자 { $count }명):
members-line = #{ $id } · { $name } · { $identity }
members-pending-heading = 합류 대기:
members-pending-line = 요청 #{ $id } · { $name } — /approve { $id } 또는 /decline { $id }
members-hint = /members remove ID 로 회사에서 제외할 수 있습니다.
member-not-found = 회사에서 담당자 #{ $id }을(를) 찾을 수 없습니다.
member-removed = { $name }님은 더 이상 { $company }을(를) 대표하지 않습니다.
notice-member-removed = 더 이상 { $company }을(를) 대표하지 않습니다. 잘못된 경우 동료나 K-Peduli 직원에게 문의하세요.
transfer-instructions = { $amount }을(를) 아래로 송금해 주세요:
    🏦 { $bank }
    계좌번호: { $account }
    예금주: { $holder }
    송금 메모: { $reference }
    그다음 /paid { $id } 를 입력하세요.
transfer-instructions-missing = K-Peduli 직원이 이 약정의 계좌 정보를 보내 드립니다(참조 { $reference }). 송금 후 /paid { $id } 를 입력하세요.
goods-instructions = 📦 전달 방법: { $instructions }
    참조: { $reference }
goods-instructions-missing = K-Peduli 직원이 전달 일정을 위해 연락드립니다(참조 { $reference }).
pledge-ask-large = { $amount }은(는) { $code }에 아직 필요한 금액이나 지금까지의 어떤 약정보다 훨씬 많습니다. 이 금액이 맞습니까?
choice-large-yes = 네, 이 금액입니다
choice-large-no = 아니요, 바꿀게요
newcampaign-ask-bankName = 이 캠페인의 송금 은행은? (건너뛰면 기본 계좌 사용)
newcampaign-ask-bankAccount = 계좌번호는? (또는 건너뛰기)
newcampaign-ask-bankHolder = 예금주는? (또는 건너뛰기)
newcampaign-ask-goods = 물품은 어떻게 전달합니까(인도네시아어)? (또는 건너뛰기)
editcampaign-bad-value = 값은 2~{ $max }자여야 합니다.
usage-editcampaign = /editcampaign 코드 항목 값 형식으로 입력하세요. 항목: { $fields }. 예: /editcampaign BTS account 123-456-7890.
editcampaign-done = 캠페인 { $code }: { $field } 변경 완료.

## 캠페인 진행
close-ask = { $code } · { $title }을(를) 마감할까요? 더 이상 약정을 받지 않습니다.
choice-close-yes = 네, 마감
choice-close-no = 아니요, 유지
close-kept = { $code }은(는) 계속 열려 있습니다.
error-campaign-not-closed = 캠페인 { $code }은(는) 마감 상태가 아닙니다.
reopen-needs-end-date = { $code }의 종료일이 지났습니다. 새 종료일을 주세요: /reopen { $code } YYYY-MM-DD.
usage-reopen = /reopen 코드 [종료일] 형식으로 입력하세요. 예: /reopen BTS 2026-12-31.
campaign-reopened = 캠페인 { $code }이(가) { $date }까지 다시 약정을 받습니다.
closing-summary = 🔒 종료일이 지난 캠페인 { $count }개를 마감했습니다: { $codes }.

## 소식
update-heading = 📣 { $code } · { $title }
update-ask-text = 소식을 인도네시아어로 입력하세요(최대 { $max }자).
update-ask-text-ko = 소식의 한국어 버전을 입력하세요(최대 { $max }자).
update-ask-text-en = 소식의 영어 버전을 입력하세요(최대 { $max }자).
update-ask-reached = 지금까지 도움을 받은 수혜자, 예: "students=350 schools=3"? (또는 건너뛰기)
update-bad-reached = 목표=숫자 형식으로 쓰세요. 예: students=350 schools=3.
update-preview = { $code } 소식을 구독자 { $total }명에게 보냅니다. 달성: { $reached }. 보낼까요?
broadcast-kind-update = 캠페인 소식
broadcast-kind-closing = 캠페인 마감
schedule-kind-closing = 종료일 지난 캠페인 마감

## Web pages
web-site-name = K-Peduli
web-language = 언어
web-not-found = 없는 페이지입니다.
web-campaigns-title = K-Peduli 캠페인
web-campaigns-empty = 지금 진행 중인 캠페인이 없습니다.
web-confirmed = 확인됨
web-pledged = 약정
web-beneficiaries-heading = 수혜 대상
web-supporters-heading = 참여 기업
web-supporters-empty = 아직 약정한 기업이 없습니다.
web-updates-heading = 소식
web-updates-empty = 아직 소식이 없습니다.
web-pledge-via-bot = 약정하려면 K-Peduli 봇에 /pledge { $code } 를 보내세요.
web-card-alt = { $title } 진행률: { $percent }% 확인됨
command-dashboard = /dashboard — 웹 대시보드 일회용 링크
campaign-web-link = 웹에서 보기: { $url }
dashboard-link = 대시보드 로그인 링크입니다. { $minutes }분 동안 한 번만 쓸 수 있습니다. 다른 사람과 공유하지 마세요: { $url }
dashboard-too-many-links = 방금 링크를 여러 번 요청하셨습니다. 마지막 링크를 쓰시거나 { $minutes }분 뒤에 다시 시도해 주세요.
dashboard-disabled = 이 서버에서는 웹 대시보드가 꺼져 있습니다 (WEB_ENABLED=false).

## Web dashboard
web-signed-out = 로그인되어 있지 않습니다.
web-how-to-sign-in = K-Peduli 운영진: 아무 채팅에서나 봇에 /dashboard 를 보내면 로그인 링크를 받습니다.
web-not-staff = 이 페이지는 K-Peduli 운영진 전용입니다.
web-bad-origin = 다른 사이트에서 온 양식이라 거부했습니다.
web-bad-csrf = 양식이 만료되었습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.
web-link-used-or-expired = 이미 사용했거나 만료된 로그인 링크입니다.
web-sign-in-title = K-Peduli 대시보드 로그인
web-sign-in-button = 로그인
web-sign-out = 로그아웃
web-dashboard-title = K-Peduli 대시보드
web-nav-overview = 개요
web-nav-pending = 확인 대기
web-signed-in-as = { $identity } 로 로그인됨
web-pending-count = 확인 대기: { $count }건
web-last-week = 최근 7일: 약정 { $count }건, { $amount }
web-active-campaigns = 진행 중인 캠페인
web-broadcasts-running = 발송 중인 공지
web-none = 없음.
web-broadcast-line = #{ $number } { $kind }: 발송 { $sent }, 대기 { $queued }, 실패 { $failed }
web-pending-title = 운영진 확인을 기다리는 약정
web-col-pledge = 약정
web-col-company = 기업
web-col-what = 금액 또는 물품
web-col-status = 상태
web-col-actions = 작업
web-col-date = 날짜
web-col-note = 메모
web-confirm = 확인
web-confirm-pledge = 약정 #{ $id } 확인
web-reject = 거절
web-reject-pledge = 약정 #{ $id } 거절
web-reject-reason = 사유
web-back = 돌아가기
web-public-page = 공개 페이지
web-pledges-heading = 약정
web-filter-all = 전체
web-filter-apply = 보기
web-next-page = 다음 50건

## Live progress (seams)
live-progress-unavailable = 이 채팅 앱에서는 실시간 진행 메시지를 쓸 수 없습니다. 텔레그램 그룹이나 채널에서 /pin을 사용하세요.

## 파일: 사진과 PDF, 송금 증빙 (issue 12)
command-proof = /proof 번호 — 약정의 송금 증빙 다시 보기
usage-proof = /proof 번호 형식으로 입력해 주세요. 예: /proof 12.
file-too-large = 파일이 너무 큽니다. 파일은 최대 { $max } MB까지 받을 수 있어요. 더 작은 사진이나 PDF를 보내 주세요.
file-wrong-type = 사진(JPEG, PNG, WebP)과 PDF 파일만 받을 수 있어요. 이름과 상관없이 이 파일은 둘 다 아닙니다.
file-unreadable = 파일을 읽을 수 없었어요. 사진이나 PDF를 다시 보내 주세요.
file-not-expected = 파일 감사합니다. 다만 어디에 쓰는 파일인지 모르겠어요. 송금 증빙이라면 설명에 /paid 번호 를 적어 보내 주세요.
paid-ask-proof = 약정 #{ $id }의 송금 증빙(사진 또는 PDF)을 보내 주세요. 운영진이 빠르게 확인할 수 있어요. 증빙이 없으면 건너뛰기를 고르세요.
paid-proof-expected = 약정 #{ $id }의 송금 증빙 사진이나 PDF를 기다리고 있어요. 없으면 건너뛰기를 고르세요.
paid-proof-kept = 📎 송금 증빙을 운영진에게 첨부했어요.
pending-has-proof = 증빙
proof-none = 약정 #{ $id }에는 송금 증빙이 없습니다.
proof-caption = 약정 #{ $id }의 송금 증빙: { $company }, { $code }, { $what }

## Web: staff dashboard pages (campaigns, companies, broadcasts, schedules, audit)
error-phone-not-registered = { $phone }은(는) 이 회사에 등록된 번호가 아닙니다.
web-nav-campaigns = 캠페인
web-nav-companies = 회사
web-nav-broadcasts = 공지 발송
web-nav-schedules = 일정
web-nav-audit = 감사 기록
web-action-refused = 처리되지 않음
web-bad-input = 양식이 올바르게 작성되지 않았습니다. 확인 후 다시 시도하세요.
web-form-too-large = 양식이 너무 커서 보낼 수 없습니다.
web-indonesian-required = 인도네시아어 내용은 필수이고, 한국어와 영어는 선택입니다.
web-add = 추가
web-remove = 삭제
web-col-kind = 종류
web-kind-cash = 현금
web-kind-goods = 물품
web-sort = 정렬
web-sort-newest = 최신순
web-sort-oldest = 오래된순
web-sort-largest = 금액 큰 순
web-sort-smallest = 금액 작은 순
web-goal = 수혜자
web-goal-reached = 달성
web-goal-target = 목표
web-campaign-new = 새 캠페인
web-campaign-create = 캠페인 만들기
web-campaign-code = 코드
web-campaign-title = 제목
web-campaign-story = 소개
web-campaign-target = 목표액 (Rp, 예: 250jt)
web-campaign-starts = 시작일
web-campaign-ends = 종료일
web-campaign-goals = 수혜 목표 (예: students=1000, schools=28)
web-campaign-regions = 지역 (쉼표로 구분)
web-campaign-bank = 송금 은행
web-campaign-account = 계좌번호
web-campaign-holder = 예금주
web-campaign-status-draft = 초안
web-campaign-status-active = 진행 중
web-campaign-status-closed = 마감
web-campaign-manage = 캠페인 관리
web-campaign-edit-field = 바꿀 항목
web-campaign-edit-value = 새 값
web-campaign-edit = 변경
web-campaign-field-bank = 은행
web-campaign-field-account = 계좌번호
web-campaign-field-holder = 예금주
web-campaign-field-goods = 물품 안내 (인도네시아어)
web-campaign-field-title = 제목 (인도네시아어)
web-campaign-field-story = 소개 (인도네시아어)
web-campaign-field-target = 목표액
web-campaign-field-ends = 종료일
web-campaign-close = 캠페인 마감
web-campaign-reopen = 캠페인 다시 열기
web-campaign-new-end = 새 종료일 (기존 종료일이 지났으면 필수)
web-update-post = 소식 올리기
web-update-text = 소식 내용
web-update-reached = 지금까지 달성한 { $goal }
web-update-send = 올리고 구독자에게 보내기
web-company-anonymous = 후원 명단에 익명
web-company-contacts = 담당자
web-company-totals = 캠페인별 약정
web-company-phones = 사전 등록 번호
web-phone-linked = 연결됨
web-phone-waiting = 첫 메시지 대기 중
web-phone-add = 전화번호
web-phone-remove-label = { $phone } 삭제
web-phone-not-found = 그 번호는 이제 이 회사에 등록되어 있지 않습니다.
web-join-requests = 가입 요청
web-join-waiting = 대기 중인 가입 요청
web-join-approve = 승인
web-join-decline = 거절
web-broadcast-new = 새 공지
web-broadcast-number = 공지
web-broadcast-audience = 받는 사람
web-broadcast-campaign = 캠페인 (캠페인 구독자나 파트너에게 보낼 때)
web-broadcast-pick-audience = 받는 사람(필요하면 캠페인도)을 고르면 받을 사람 수가 보입니다.
web-broadcast-recipients = { $audience }: 현재 { $total }명
web-broadcast-preview = 받는 사람 미리 보기
web-broadcast-text = 메시지
web-broadcast-time = 날짜와 시간 (자카르타, WIB), "지정 시간"일 때
web-broadcast-send = 공지 발송 예약
web-broadcast-no-member = 발송 보고를 받을 수 있도록 채팅에서 봇에게 한 번 메시지를 보낸 뒤 다시 시도하세요.
web-broadcast-progress = 진행
web-broadcast-counts = 발송 { $sent }, 대기 { $queued }, 실패 { $failed }, 건너뜀 { $skipped }
web-broadcast-report = 공지 #{ $number } 발송 보고
web-broadcast-reasons = 실패하거나 건너뛴 이유
web-broadcast-channel = 채널
web-broadcast-reason = 이유
web-broadcast-count = 메시지 수
web-broadcast-cancel = 아직 보내지 않은 발송 취소
web-delivery-queued = 대기
web-delivery-sending = 발송 중
web-delivery-sent = 발송됨
web-delivery-failed = 실패
web-delivery-skipped = 건너뜀
web-delivery-cancelled = 취소됨
web-schedule-job = 작업
web-schedule-campaign = 캠페인
web-schedule-cron = 시기 (cron)
web-schedule-cron-hint = 시기: 분 시 일 월 요일, 자카르타 시간 (예: 0 9 * * 1)
web-schedule-next = 다음 실행
web-schedule-paused = 일시 중지됨
web-schedule-days = 약정 후 일수 (알림만)
web-schedule-add = 일정 추가
web-schedule-pause = 일시 중지
web-schedule-resume = 재개
web-schedule-remove = 삭제
web-schedule-pause-label = 일정 #{ $id } 일시 중지
web-schedule-resume-label = 일정 #{ $id } 재개
web-schedule-remove-label = 일정 #{ $id } 삭제
web-audit-actor = 누가 (식별자)
web-audit-action = 작업
web-audit-from = 시작
web-audit-to = 끝
web-audit-record = 대상
web-audit-before = 이전
web-audit-after = 이후
web-audit-time-zone = 날짜는 { $zone } 시간 기준입니다.

## 증빙과 문서: 영수증, CSR 인증서, 차트, 내보내기
command-chart = /chart 코드 — 캠페인 진행 상황 차트
command-export = /export [코드] [시작 종료] — 약정 내역 CSV·XLSX, 예: /export BTS 2026-11-01 2026-11-30
command-certificate = /certificate 코드 회사 — 회사에 CSR 인증서 다시 보내기
paper-issuer = K-Peduli · KOTRA 자카르타 무역관 · Gugah Nurani Indonesia
receipt-title = 기부금 영수증
receipt-intro = K-Peduli는 { $company }의 아래 기부를 감사히 받았음을 확인합니다.
receipt-number = 영수증 번호
receipt-date = 날짜
receipt-company = 회사
receipt-campaign = 캠페인
receipt-pledge = 약정
receipt-kind-cash = 현금
receipt-kind-goods = 물품
receipt-amount = 금액
receipt-value = 물품 가액
receipt-in-words = 금액(한글)
receipt-amount-words = 금 { $words } 루피아정
receipt-items = 물품
receipt-item = 품목
receipt-quantity = 수량
receipt-unit-value = 단가
receipt-line-total = 합계
receipt-confirmed-by = 확인자: { $name }
receipt-footer = K-Peduli (Korea Peduli) · KOTRA 자카르타 무역관과 Gugah Nurani Indonesia의 CSR 플랫폼
notice-receipt-attached = 영수증 { $number }을(를) 첨부합니다.
certificate-title = CSR 인증서
certificate-intro = { $company }은(는) K-Peduli를 통해 { $code } · { $title } 캠페인을 후원하였음을 인증합니다.
certificate-period = 캠페인 기간
certificate-given = 회사 기부액
certificate-campaign-total = 캠페인 총액(확인)
certificate-companies = 참여 기업 수
certificate-regions = 지역
certificate-gifts = 회사가 기부한 내역
certificate-reached = 수혜자
certificate-photos = 현장 사진
certificate-signature = K-Peduli 팀, KOTRA 자카르타 무역관 · Gugah Nurani Indonesia
notice-certificate = 📜 { $code } 캠페인이 마감되었습니다. { $company }에 감사드리며 CSR 인증서를 첨부합니다.
certificate-sent = 📜 { $company }({ $code })의 CSR 인증서를 회사 담당자에게 보냈습니다.
usage-certificate = 어느 캠페인과 회사인가요? /certificate 코드 회사 형식으로 입력하세요. 예: /certificate BTS PT Maju Jaya
error-certificate-not-closed = { $code } 캠페인은 아직 진행 중입니다. 인증서는 마감 후 발급됩니다.
error-certificate-nothing-given = { $company }은(는) { $code }에 확인된 기부가 없어 인증서가 없습니다.
chart-pledged = 약정
chart-confirmed = 확인
chart-target = 목표
chart-companies = 상위 기업
chart-unit = 백만 루피아
chart-caption = 📈 { $code }: 목표 대비 확인·약정 금액 추이와 상위 기업입니다.
usage-chart = 어느 캠페인인가요? /chart 코드 형식으로 입력하세요. 예: /chart BTS
choice-chart = 📈 차트
export-col-pledge = 약정
export-col-campaign = 캠페인
export-col-company = 회사
export-col-channel = 연락 채널
export-col-kind = 유형
export-col-amount = 금액(Rp)
export-col-items = 물품
export-col-status = 상태
export-col-created = 생성
export-col-updated = 변경
export-col-receipt = 영수증 번호
export-col-proof = 증빙
export-col-pledges = 약정 수
export-col-pledged = 약정액(Rp)
export-col-confirmed = 확인액(Rp)
export-sheet-pledges = 약정
export-sheet-totals = 회사별
export-yes = 예
export-no = 아니요
export-kind-cash = 현금
export-kind-goods = 물품
export-all-campaigns = 전체 캠페인
export-all-time = 전체 기간
export-period = { $from } – { $to }
export-caption-csv = 📄 약정 내역, { $scope }, { $period } (CSV)
export-caption-xlsx = 📊 약정 내역과 회사별 합계, { $scope }, { $period } (XLSX)
export-too-big = { $scope }, { $period } 내보내기 파일이 { $max }MB를 넘어 채팅으로 보낼 수 없으므로 아무것도 보내지 않았습니다. 캠페인이나 기간을 좁혀 주세요. 예: 한 달 — /export 코드 시작 종료
export-too-big-dashboard = 또는 대시보드에서 전체를 내려받으세요: { $url } (먼저 /dashboard를 입력해 로그인하세요)
usage-export = /export [코드] [시작 종료] 형식으로 입력하세요. 예: /export, /export BTS, /export BTS 2026-11-01 2026-11-30
error-export-range = 시작일이 종료일보다 늦습니다. /export [코드] 시작 종료 순서로 입력하세요.
web-exports-title = 내보내기
web-exports-campaign = 캠페인
web-exports-from = 시작
web-exports-to = 종료
web-exports-csv = CSV 다운로드
web-exports-xlsx = XLSX 다운로드
web-exports-bad-input = 캠페인과 날짜 두 개(YYYY-MM-DD)를 고르세요. 시작일이 먼저입니다.

## Public page: update photos
web-update-photo = 이 소식의 사진
