## Greeting and help
welcome = Halo! Saya bot K-Peduli. Di sini perusahaan Korea di Indonesia dapat memberikan janji donasi untuk kampanye CSR K-Peduli, dan siapa pun dapat mengikuti perkembangannya.
help-everyone = Perintah untuk semua:
help-partner = Untuk perusahaan mitra:
help-become-partner = Mewakili perusahaan? /register untuk menghubungkan Anda dengan perusahaan, lalu /pledge.
help-staff = Untuk staf K-Peduli:
help-footer = Perintah bisa diketik dengan atau tanpa garis miring, mis. "campaigns". /lang id|ko|en untuk mengganti bahasa.
command-start = /start — salam pembuka dan daftar ini
command-help = /help — daftar ini (juga /bantuan)
command-lang = /lang id|ko|en — pilih bahasa Anda
command-campaigns = /campaigns — kampanye aktif dan perkembangannya (juga /kampanye)
command-campaign = /campaign KODE — detail satu kampanye (juga /progress)
command-total = /total [KODE] — total dari semua kampanye, atau satu kampanye
command-top = /top KODE — daftar perusahaan pendukung
command-subscribe = /subscribe [KODE] — terima kabar terbaru (satu kampanye atau semua)
command-unsubscribe = /unsubscribe [KODE] — berhenti menerima kabar
command-stop = /stop — tidak menerima pesan apa pun lagi
command-register = /register — hubungkan diri Anda dengan perusahaan Anda (juga /daftar)
command-pledge = /pledge [KODE] [JUMLAH] — janji donasi tunai atau barang (juga /donasi)
command-mypledges = /mypledges — janji donasi perusahaan Anda
command-paid = /paid ID — laporkan bahwa transfer sudah dilakukan (juga /bayar)
command-cancel = /cancel ID — batalkan janji donasi yang belum dikonfirmasi (juga /batal)
command-newcampaign = /newcampaign — buat kampanye baru
command-close = /close KODE — tutup kampanye (ditanya dulu)
command-confirm = /confirm ID — konfirmasi janji donasi
command-reject = /reject ID ALASAN — tolak janji donasi
command-delivered = /delivered ID — catat barang sudah diserahkan
command-update = /update KODE [TEKS] [students=350] — kirim kabar ke pelanggan kampanye (tanpa TEKS: per bahasa)
command-pending = /pending — janji donasi yang menunggu staf
command-staff = /staff add|remove IDENTITAS — kelola hak akses staf

## Language
lang-choose = Pilih bahasa Anda:
lang-set = Bahasa diatur ke Bahasa Indonesia.
lang-name-id = Bahasa Indonesia
lang-name-ko = 한국어
lang-name-en = English

## Campaigns
demo-label = [DEMO]
campaigns-heading = Kampanye aktif:
campaigns-none = Saat ini belum ada kampanye aktif.
campaign-collected = { $collected } dari { $target } terkonfirmasi
campaign-days-left = { $days } hari lagi
campaign-last-day = hari terakhir
campaign-ended = sudah berakhir
campaign-closed = ditutup
campaign-target = Target: { $target }
campaign-confirmed-vs-pledged = Terkonfirmasi: { $confirmed } · dijanjikan: { $pledged }
campaign-companies = { $count } perusahaan
campaign-goals-heading = Penerima manfaat:
campaign-goal-line = • { $goal }: { $reached } dari { $target } ({ $percent }%)
campaign-regions = Wilayah: { $regions }
campaign-deadline = Batas waktu: { $date } ({ $left })
campaign-latest-update = Kabar terbaru ({ $date }): { $text }
goal-students = siswa
goal-schools = sekolah
goal-medical_workers = tenaga kesehatan
goal-health_centres = puskesmas
goal-villages = desa
goal-farmers = petani
goal-families = keluarga
goal-products = produk desa
total-text = Kampanye aktif ({ $activeCampaigns }): { $activeConfirmed } terkonfirmasi, { $activePledged } dijanjikan.
    Sepanjang waktu ({ $allCampaigns } kampanye, { $companies } perusahaan): { $allConfirmed } terkonfirmasi, { $allPledged } dijanjikan.
top-heading = Perusahaan pendukung · { $code } · { $title }
top-line = { $rank }. { $company } — { $confirmed } terkonfirmasi ({ $pledged } dijanjikan)
top-empty = Belum ada perusahaan yang berjanji donasi untuk { $code }.
anonymous-company = Hamba Allah

## Subscriptions
subscribed-one = Anda akan menerima kabar terbaru tentang { $code }.
subscribed-all = Anda akan menerima kabar terbaru tentang semua kampanye.
already-subscribed-one = Anda sudah mengikuti { $code }.
already-subscribed-all = Anda sudah mengikuti semua kampanye.
unsubscribed-one = Anda tidak akan lagi menerima kabar tentang { $code }.
unsubscribed-all = Semua langganan Anda sudah dihapus.
not-subscribed = Anda tidak memiliki langganan tersebut.
stopped = Selesai: Anda tidak akan menerima pesan lagi dari kami. Ketik /subscribe untuk mengaktifkan kabar lagi.

## Registration
register-already = Anda terdaftar di { $company }. Lanjutkan jika ingin pindah ke perusahaan lain.
register-ask-company = Apa nama perusahaan Anda? (mis. PT Maju Bersama Indonesia)
register-ask-join = { $company } ({ $city }) sudah terdaftar. Apakah Anda bergabung sebagai rekan kerja?
register-ask-contact = Siapa nama Anda, sebagai narahubung perusahaan?
register-ask-city = Di kota mana perusahaan berada?
register-ask-anonymous = Di daftar pendukung publik, tampilkan nama perusahaan atau "{ $anonymous }"?
register-bad-company = Mohon ketik nama perusahaan (2–120 karakter).
register-bad-contact = Mohon ketik nama Anda (maksimal 120 karakter).
register-bad-city = Mohon ketik nama kota (2–80 karakter).
register-done = Terima kasih! { $company } sudah terdaftar dan terhubung dengan Anda. Sekarang Anda bisa /pledge.

## Pledges
pledge-ask-campaign = Kampanye mana yang ingin Anda dukung?
pledge-ask-kind = Donasi berupa tunai atau barang?
pledge-ask-amount = Berapa jumlahnya? (mis. 10jt, 10 juta, Rp10.000.000, 1,5 M)
pledge-ask-item = Barang apa? (mis. paket APD, tas sekolah)
pledge-ask-quantity = Berapa banyak { $item }?
pledge-ask-unit-value = Perkiraan nilai per satu { $item }? (mis. 150rb)
pledge-ask-note = Ada catatan untuk tim K-Peduli? Silakan ketik, atau lewati.
pledge-bad-item = Mohon jelaskan barangnya, maksimal 200 karakter.
pledge-bad-quantity = Mohon ketik bilangan bulat antara 1 dan 1.000.000.
pledge-bad-note = Catatan maksimal 500 karakter.
pledge-goods-summary = { $quantity } × { $item } @ { $unitValue } = { $total }
pledge-confirm = Mohon periksa janji donasi Anda:
    Perusahaan: { $company }
    Kampanye: { $campaign }
    Donasi: { $what }
    Catatan: { $note }
    Apakah sudah benar?
pledge-recorded = Terima kasih! Janji donasi #{ $id } untuk { $code } sudah dicatat.
pledge-cancelled = Dibatalkan. Tidak ada yang dicatat.
pledge-already-recorded = Janji donasi ini sudah dicatat sebagai #{ $id }.
pledge-report-paid-done = Terima kasih! Status janji donasi #{ $id } sekarang "{ $status }". Staf akan segera mengonfirmasinya.
pledge-cancel-done = Janji donasi #{ $id } sudah dibatalkan.
pledge-confirm-done = Status janji donasi #{ $id } sekarang "{ $status }".
pledge-reject-done = Status janji donasi #{ $id } sekarang "{ $status }".
pledge-deliver-done = Status janji donasi #{ $id } sekarang "{ $status }".
mypledges-heading = Janji donasi { $company }:
mypledges-none = Perusahaan Anda belum memiliki janji donasi.
pending-heading = Janji donasi yang menunggu staf ({ $count }):
pending-none = Tidak ada janji donasi yang menunggu.
pending-hint = /confirm ID · /reject ID ALASAN · /delivered ID · /proof ID
status-pledged = dijanjikan
status-transfer_reported = transfer dilaporkan
status-confirmed = dikonfirmasi
status-delivered = diserahkan
status-cancelled = dibatalkan
status-rejected = ditolak

## Amounts
amount-zero = Jumlahnya harus lebih dari nol.
amount-negative = Jumlahnya tidak boleh negatif.
amount-too-large = Jumlah itu lebih dari { $max }. Mohon periksa kembali.
amount-unparseable = Saya tidak bisa membaca "{ $input }" sebagai jumlah. Coba mis. 10jt, 10 juta, Rp10.000.000 atau 1,5 M.
amount-ambiguous-separator = "{ $input }" bisa dibaca lebih dari satu cara. Jumlah mana yang Anda maksud?
amount-fraction-of-rupiah = Jumlah dalam rupiah bulat, tanpa sen. Mohon ketik ulang jumlahnya.
amount-maybe-missing-unit = Apakah maksud Anda salah satu dari ini?
amount-won-as-rupiah = Jumlah dalam rupiah, bukan won. Maksud Anda { $rupiah }? Pilih itu, atau ketik jumlahnya dalam rupiah (mis. 10jt).
amount-foreign-currency = Jumlah dalam rupiah. Mohon ketik jumlahnya dalam rupiah (mis. 10jt).

## Staff
newcampaign-ask-code = Kampanye baru. Kodenya? (2–12 huruf atau angka, mis. BTS)
newcampaign-ask-titleId = Judul dalam bahasa Indonesia?
newcampaign-ask-titleEn = Judul dalam bahasa Inggris? (atau lewati)
newcampaign-ask-titleKo = Judul dalam bahasa Korea? (atau lewati)
newcampaign-ask-storyId = Cerita singkat dalam bahasa Indonesia: siapa yang dibantu, dan bagaimana?
newcampaign-ask-storyEn = Cerita dalam bahasa Inggris? (atau lewati)
newcampaign-ask-storyKo = Cerita dalam bahasa Korea? (atau lewati)
newcampaign-ask-target = Target dana? (mis. 250jt)
newcampaign-ask-startsOn = Tanggal mulai? (YYYY-MM-DD, DD/MM/YYYY atau "hari ini")
newcampaign-ask-endsOn = Tanggal selesai?
newcampaign-ask-goals = Target penerima manfaat, mis. "students=1000, schools=28"? (atau lewati)
newcampaign-ask-regions = Wilayah, dipisahkan dengan koma? (atau lewati)
newcampaign-bad-code = Kode terdiri dari 2–12 huruf atau angka, mis. BTS.
newcampaign-bad-text = Mohon ketik minimal 2 karakter, tanpa melebihi batas yang diizinkan.
newcampaign-bad-target = Mohon ketik target dana dalam rupiah, mis. 250jt.
newcampaign-bad-date = Mohon ketik tanggal dengan format YYYY-MM-DD atau DD/MM/YYYY.
newcampaign-end-before-start = Tanggal selesai tidak boleh sebelum tanggal mulai.
newcampaign-bad-goals = Tulis target sebagai nama=angka, dipisahkan dengan koma, mis. students=1000, schools=28.
newcampaign-bad-regions = Tulis wilayah dipisahkan dengan koma, masing-masing maksimal 60 karakter.
newcampaign-confirm = Kampanye baru:
    { $code } · { $title }
    Target: { $target }
    { $startsOn } – { $endsOn }
    Penerima manfaat: { $goals }
    Wilayah: { $regions }
    Bank: { $bank }
    Buat dan buka untuk janji donasi?
newcampaign-created = Kampanye { $code } sudah dibuat dan dibuka untuk janji donasi.
newcampaign-cancelled = Dibatalkan. Tidak ada kampanye yang dibuat.
campaign-closed-done = Kampanye { $code } sudah ditutup untuk janji donasi baru.
update-posted = Kabar untuk { $code } sudah dipasang dan diantrekan untuk { $total } pelanggan.
staff-heading = Staf:
staff-from-config = dari konfigurasi
staff-added = { $identity } sekarang memiliki hak akses staf.
staff-removed = { $identity } tidak lagi memiliki hak akses staf.

## Usage
usage-campaign = Kampanye yang mana? Ketik /campaign KODE, mis. /campaign BTS. /campaigns menampilkan daftarnya.
usage-top = Kampanye yang mana? Ketik /top KODE, mis. /top BTS.
usage-close = Ketik /close KODE, mis. /close BTS.
usage-update = Ketik /update KODE TEKS, mis. /update BTS Tas sudah diserahkan di Sukabumi students=350.
usage-staff = Ketik /staff add IDENTITAS atau /staff remove IDENTITAS, mis. /staff add telegram:12345.
usage-paid = Ketik /paid ID, mis. /paid 12. /mypledges menampilkan janji donasi Anda.
usage-cancel = Ketik /cancel ID, mis. /cancel 12. /mypledges menampilkan janji donasi Anda.
usage-confirm = Ketik /confirm ID, mis. /confirm 12. /pending menampilkan janji donasi yang menunggu.
usage-reject = Ketik /reject ID ALASAN, mis. /reject 12 transfer belum diterima.
usage-delivered = Ketik /delivered ID, mis. /delivered 12.

## Choices
choice-yes = Ya
choice-no = Tidak
choice-skip = Lewati
choice-confirm = ✅ Konfirmasi
choice-cancel = ✖ Batal
choice-cash = 💵 Tunai
choice-goods = 📦 Barang
choice-public = Tampilkan nama kami
choice-anonymous = Hamba Allah
choice-pledge = Janji donasi
choice-subscribe = Ikuti kabar terbaru
choice-my-pledges = Janji donasi saya
choice-help = Bantuan

## Flows
flow-cancelled = Dihentikan. Tidak ada yang disimpan.
flow-expired = Percakapan Anda sebelumnya sudah kedaluwarsa, jadi tidak ada yang disimpan. Silakan mulai lagi.

## Errors
error-empty = Mohon ketik perintah, mis. /help.
error-too-long = Pesan itu terlalu panjang (lebih dari { $max } karakter). Mohon dipersingkat.
error-internal = Maaf, terjadi kesalahan di sistem kami. Mohon coba lagi sebentar lagi.
error-unknown-command = Saya tidak mengenal perintah { $command }. /help menampilkan apa saja yang bisa saya lakukan.
error-not-understood = Maaf, saya tidak mengerti. /help menampilkan apa saja yang bisa saya lakukan.
error-pick-choice = Mohon pilih salah satu opsi.
error-private-only = { $command } hanya bisa digunakan di chat pribadi dengan saya.
error-staff-only = Hanya staf K-Peduli yang dapat melakukannya.
error-register-first = Hubungkan diri Anda dengan perusahaan terlebih dahulu melalui /register.
error-unknown-campaign = Tidak ada kampanye dengan kode { $code }. /campaigns menampilkan daftarnya.
error-campaign-not-active = Kampanye { $code } tidak dibuka untuk janji donasi. /campaigns menampilkan kampanye yang aktif.
error-campaign-code-taken = Kode { $code } sudah digunakan oleh kampanye lain.
error-campaign-already-closed = Kampanye { $code } sudah ditutup.
error-pledge-wrong-status = Janji donasi #{ $id } berstatus { $status ->
    [pledged] "dijanjikan"
    [transfer_reported] "transfer dilaporkan"
    [confirmed] "dikonfirmasi"
    [delivered] "diserahkan"
    [cancelled] "dibatalkan"
   *[rejected] "ditolak"
} dan tidak dapat diubah dengan cara itu.
error-pledge-changed-meanwhile = Janji donasi #{ $id } baru saja diubah oleh orang lain. Mohon periksa kembali.
error-reject-needs-reason = Mohon sertakan alasan: /reject ID ALASAN.
error-report-paid-wrong-kind = Janji donasi #{ $id } berupa barang: tidak ada transfer yang perlu dilaporkan.
error-deliver-wrong-kind = Janji donasi #{ $id } berupa tunai: hanya barang yang diserahkan.
error-unknown-goal = Kampanye ini tidak memiliki target penerima manfaat "{ $goal }". Yang tersedia: { $goals }.
error-bad-identity = "{ $identity }" bukan identitas yang valid. Gunakan channel:id, mis. telegram:12345 atau whatsapp:6281234567890.
error-staff-from-config = { $identity } memiliki hak akses staf dari konfigurasi; ubah STAFF untuk mencabutnya.

## WhatsApp
command-prephone = /prephone PERUSAHAAN TELEPON — daftarkan nomor WhatsApp mitra untuk perusahaannya (juga /daftarnomor)
usage-prephone = Ketik /prephone NAMA_PERUSAHAAN TELEPON, mis. /prephone PT Maju Jaya 6281234567890. /prephone saja menampilkan daftarnya.
prephone-done = Nomor { $phone } terdaftar untuk { $company }. Pesan WhatsApp pertamanya akan langsung menghubungkannya, tanpa /register.
prephone-heading = Nomor mitra yang didaftarkan staf:
prephone-line = { $phone } · { $company } · { $state ->
    [linked] sudah terhubung
   *[waiting] menunggu pesan pertama
}
prephone-none = Belum ada nomor mitra yang didaftarkan. /prephone NAMA_PERUSAHAAN TELEPON untuk menambahkan.
prephone-linked = Selamat datang! Tim K-Peduli sudah mendaftarkan nomor Anda untuk { $company }, jadi Anda langsung terhubung. Sekarang Anda bisa /pledge.
error-bad-phone = "{ $phone }" bukan nomor telepon yang valid. Tulis dengan kode negara, mis. 6281234567890 atau +62 812-3456-7890.
error-unknown-company = Perusahaan "{ $company }" belum terdaftar. Periksa ejaannya, atau minta mitra mendaftar dulu dengan /register.
error-phone-already-linked = Nomor { $phone } sudah menghubungkan seseorang dengan perusahaannya dan tidak dapat dipindahkan.
whatsapp-reply-hint = { $count ->
    [1] Balas 1 (atau ketik nama pilihannya).
   *[other] Balas { $numbers } atau { $last } (atau ketik nama pilihannya).
}
whatsapp-media-hint = Saya hanya bisa membaca teks, foto, dan berkas PDF (keterangan juga terbaca). Ketik /help untuk melihat yang bisa saya bantu.

## Telegram
command-pin = /pin KODE — pesan perkembangan kampanye yang selalu terbaru, disematkan di grup ini (staf)
command-unpin = /unpin KODE — hentikan pesan perkembangan kampanye dan lepaskan sematannya (staf)
tg-progress-heading = 📊 { $code } · { $title }
tg-progress-closed = Kampanye ini sudah ditutup. Terima kasih kepada setiap perusahaan yang ikut serta!
tg-progress-footer = Diperbarui langsung. Detail: /campaign { $code }
tg-pin-usage = Di grup atau kanal, kirim /pin KODE di sana, misalnya /pin BTS. Atau kirim pesan pribadi kepada saya: /pin KODE @kanal (saya harus menjadi admin di sana).
tg-pin-done = Pesan perkembangan { $code } sudah dikirim dan disematkan. Saya akan terus memperbaruinya.
tg-pin-not-pinned = Pesan perkembangan { $code } sudah dikirim, tetapi saya tidak dapat menyematkannya: jadikan saya admin yang boleh menyematkan pesan. Saya akan terus memperbaruinya.
tg-pin-cannot-post = Saya tidak dapat mengirim pesan ke { $chat }. Tambahkan saya sebagai admin di sana terlebih dahulu, lalu coba lagi.
tg-unpin-usage = Di grup atau kanal, kirim /unpin KODE di sana, misalnya /unpin BTS. Atau kirim pesan pribadi kepada saya: /unpin KODE @kanal.
tg-unpin-done = Sematan pesan perkembangan { $code } sudah dilepas. Saya tidak akan memperbaruinya lagi.
tg-unpin-none = Tidak ada pesan perkembangan untuk { $code } di obrolan itu.
tg-pledge-in-private = Janji donasi dibuat lewat obrolan pribadi dengan saya. Ketuk tombol untuk berjanji donasi ke { $code }.
tg-pledge-in-private-choose = Janji donasi dibuat lewat obrolan pribadi dengan saya. Ketuk salah satu kampanye untuk memulai:
tg-pledge-button = Janji donasi ke { $code }
tg-button-expired = Tombol ini sudah tidak berlaku. Silakan kirim perintahnya lagi.

## Siaran dan jadwal
command-broadcast = /broadcast — kirim pesan ke pelanggan atau mitra (/broadcast cancel ID menghentikannya)
command-broadcasts = /broadcasts — siaran terakhir dan kemajuannya
command-schedule = /schedule list|add|pause|resume|remove — ringkasan, pengingat dan laporan terjadwal
broadcast-ask-audience = 📣 Siaran baru. Siapa penerimanya?
broadcast-audience-campaign_subscribers = Pelanggan satu kampanye
broadcast-audience-campaign_partners = Mitra yang berdonasi ke satu kampanye
broadcast-audience-unpaid_partners = Mitra dengan donasi belum dibayar
broadcast-audience-all_subscribers = Semua pelanggan
broadcast-audience-staff = Staf
broadcast-audience-member = Satu orang
broadcast-ask-campaign = Kampanye yang mana? Ketik kodenya atau pilih.
broadcast-ask-text = Ketik pesannya dalam bahasa Indonesia (paling banyak { $max } karakter). Semua yang tidak punya terjemahan akan menerima teks ini.
broadcast-ask-text-ko = Ketik versi bahasa Korea (paling banyak { $max } karakter).
broadcast-ask-text-en = Ketik versi bahasa Inggris (paling banyak { $max } karakter).
broadcast-ask-more = Tambah bahasa lain? Penerima mendapat bahasanya sendiri, atau bahasa Indonesia.
broadcast-choice-add-ko = Tambah bahasa Korea
broadcast-choice-add-en = Tambah bahasa Inggris
broadcast-choice-continue = Lanjut
broadcast-ask-when = Kapan dikirim?
broadcast-choice-now = Sekarang
broadcast-choice-urgent = Sekarang, mendesak (juga di jam tenang)
broadcast-choice-later = Pada waktu tertentu…
broadcast-ask-time = Ketik tanggal dan jam WIB, mis. 2026-12-01 09:00, atau cukup 09:00.
broadcast-bad-time = Waktu itu tidak terbaca. Gunakan YYYY-MM-DD HH:MM, mis. 2026-12-01 09:00.
broadcast-time-past = Waktu itu sudah lewat.
broadcast-when-now = sekarang (ditahan selama jam tenang, 21.00–07.00 WIB)
broadcast-when-urgent = sekarang, mendesak
broadcast-when-at = pada { $time } WIB
broadcast-preview = Pratinjau
    Kepada: { $audience }
    Penerima: { $total } ({ $channels })
    Waktu: { $when }
    Kirim?
broadcast-no-recipients = Saat ini tidak ada yang akan menerima siaran ini, jadi tidak ada yang diantrekan.
broadcast-bad-text = Siaran perlu teks 1 sampai { $max } karakter.
broadcast-queued = ✅ Siaran #{ $id } diantrekan untuk { $total } penerima. Laporan pengiriman menyusul setelah selesai; /broadcasts menunjukkan kemajuannya.
broadcast-cancel-usage = Ketik /broadcast cancel ID, mis. /broadcast cancel 12. /broadcasts menampilkan daftarnya.
broadcast-cancel-done = Siaran #{ $id } dibatalkan; { $count } pesan yang belum terkirim dihentikan.
broadcast-not-found = Tidak ada siaran #{ $id }. /broadcasts menampilkan daftarnya.
broadcast-not-active = Siaran #{ $id } sudah selesai atau dibatalkan.
broadcasts-none = Belum ada siaran. /broadcast untuk memulai.
broadcasts-heading = 📣 Siaran terakhir:
broadcasts-line = #{ $id } · { $kind } · { $audience } · { $when } · { $status }: antre { $queued }, terkirim { $sent }, gagal { $failed }, dilewati { $skipped }
broadcasts-hint = /broadcast cancel ID menghentikan pesan yang belum terkirim.
broadcast-kind-staff = siaran
broadcast-kind-digest = ringkasan mingguan
broadcast-kind-reminder = pengingat pembayaran
broadcast-kind-countdown = hitung mundur tenggat
broadcast-kind-summary = ringkasan tertunda
broadcast-kind-report = laporan
broadcast-status-active = berjalan
broadcast-status-done = selesai
broadcast-status-cancelled = dibatalkan
outbox-report = 📣 Siaran #{ $id } selesai: terkirim { $sent }, gagal { $failed }, dilewati { $skipped }.
outbox-report-failed = ✖ gagal: { $reason } ({ $count })
outbox-report-skipped = ⏭ dilewati: { $reason } ({ $count })
outbox-reason-opted-out = berhenti berlangganan semua (/stop)
outbox-reason-unsubscribed = berhenti berlangganan
outbox-reason-unreachable = tidak terjangkau (memblokir bot atau nomor tidak terdaftar)
outbox-reason-cancelled = siaran dibatalkan
outbox-reason-other = alasan lain
digest-heading = 📬 Kabar mingguan
digest-footer = Rincian: /campaign { $code } · Berhenti menerima kabar: /unsubscribe { $code }
countdown-heading = ⏳ { $code } ditutup dalam { $days } hari!
reminder-unpaid = 🔔 Pengingat: donasi perusahaan Anda untuk { $code } masih menunggu transfer (sudah { $days } hari). /mypledges menampilkannya; setelah transfer, ketik /paid ID.
summary-pending = 🗂 Donasi tertunda: { $reported } transfer perlu dikonfirmasi, { $pledged } donasi menunggu transfer. /pending menampilkan daftarnya.
schedule-heading = ⏰ Jadwal (WIB):
schedule-line = #{ $id } · { $kind } · { $campaign } · `{ $cron }` · { $state ->
    [on] berikutnya { $next }
   *[off] dijeda
}
schedule-none = Belum ada jadwal. /schedule add untuk menambah.
schedule-all-campaigns = semua kampanye
schedule-kind-digest = ringkasan mingguan
schedule-kind-reminder = pengingat pembayaran
schedule-kind-countdown = hitung mundur tenggat
schedule-kind-summary = ringkasan tertunda untuk staf
schedule-usage = /schedule add JENIS [KODE] MENIT JAM TANGGAL BULAN HARI [days=N] (JENIS: digest, reminder, countdown, summary; mis. /schedule add digest PADI 0 9 * * 1), /schedule pause|resume|remove ID.
schedule-bad-cron = "{ $cron }" bukan jadwal yang valid. Tulis lima bagian: menit jam tanggal bulan hari, mis. 0 9 * * 1 untuk setiap Senin pukul 09.00 WIB. Tidak ada yang disimpan.
schedule-bad-kind = "{ $kind }" bukan jenis tugas. Pilih digest, reminder, countdown, summary atau closing. Tidak ada yang disimpan.
schedule-added = ✅ Jadwal #{ $id } ditambahkan ({ $cron }, WIB).
schedule-paused = Jadwal #{ $id } dijeda.
schedule-resumed = Jadwal #{ $id } berjalan lagi.
schedule-removed = Jadwal #{ $id } dihapus.
schedule-not-found = Tidak ada jadwal #{ $id }. /schedule list menampilkannya.

## Kepercayaan: bergabung dengan perusahaan, notifikasi, petunjuk transfer
command-members = /members [PERUSAHAAN] — siapa yang mewakili perusahaan Anda, dan permintaan bergabung (/members remove ID)
command-approve = /approve ID — izinkan rekan bergabung dengan perusahaan Anda
command-decline = /decline ID — tolak permintaan bergabung
command-editcampaign = /editcampaign KODE KOLOM NILAI — ubah bank, account, holder, goods, title, story, target atau ends
command-reopen = /reopen KODE [TANGGAL AKHIR] — buka kembali kampanye yang ditutup
error-control-characters = Pesan Anda berisi karakter kontrol tak terlihat, jadi tidak bisa saya baca. Silakan ketik ulang.
choice-stale = Tombol itu milik pertanyaan sebelumnya yang sudah dijawab. Tidak ada yang dilakukan lagi.
error-no-such-pledge = Janji #{ $id } tidak ditemukan di antara janji perusahaan Anda. /mypledges menampilkannya.
error-deliver-before-confirm = Janji #{ $id } belum dikonfirmasi: konfirmasi barangnya dulu (/confirm { $id }), lalu tandai diserahkan.
choice-pending = Daftar tunggu
choice-approve = ✅ Setujui
choice-decline = ✖ Tolak
notice-transfer-reported = 💸 { $company } melaporkan transfer untuk janji #{ $id } ({ $code }, { $what }). Periksa lalu /confirm { $id }, atau /reject { $id } ALASAN.
notice-pledge-confirm = ✅ Janji Anda #{ $id } untuk { $code } ({ $what }) sudah dikonfirmasi. Terima kasih!
notice-pledge-reject = Janji Anda #{ $id } untuk { $code } ({ $what }) tidak diterima: { $reason }
notice-pledge-deliver = 📦 Janji Anda #{ $id } untuk { $code } ({ $what }) tercatat sudah diserahkan. Terima kasih!
notice-pledge-cancel = Janji Anda #{ $id } untuk { $code } ({ $what }) dibatalkan oleh rekan Anda { $by }.
register-company-exists-now = { $company } baru saja didaftarkan orang lain. Ketik /register lagi untuk meminta bergabung.
join-requested = Permintaan Anda untuk bergabung dengan { $company } sudah dikirim (permintaan #{ $id }). Rekan di { $company } atau staf K-Peduli akan menyetujuinya, dan Anda akan mendapat pesan. Sampai saat itu Anda belum bisa berjanji atas nama perusahaan.
join-pending = Permintaan Anda untuk bergabung dengan { $company } masih menunggu persetujuan rekan atau staf K-Peduli.
notice-join-request = 🙋 { $name } ({ $who }) ingin mewakili { $company } (permintaan #{ $id }). Setujui hanya jika Anda mengenalnya.
join-request-not-found = Permintaan bergabung #{ $id } tidak ditemukan di antara permintaan perusahaan Anda.
join-request-decided = Permintaan bergabung #{ $id } sudah diputuskan ({ $status }).
join-approved-done = { $name } sekarang mewakili { $company } (permintaan #{ $id }).
join-declined-done = Permintaan bergabung #{ $id } dari { $name } ditolak.
join-withdrawn-done = { $name } sementara itu mendaftarkan perusahaan lain, jadi permintaan #{ $id } ditutup.
notice-join-approved = ✅ Anda sekarang mewakili { $company }. Anda bisa /pledge dan melihat /mypledges perusahaan.
notice-join-declined = Permintaan Anda untuk bergabung dengan { $company } ditolak. Jika ini keliru, tanyakan rekan Anda atau staf K-Peduli.
notice-join-withdrawn = Permintaan Anda untuk bergabung dengan { $company } ditutup, karena Anda terdaftar di perusahaan lain.
usage-approve = Ketik /approve ID, misalnya /approve 3. /members menampilkan permintaannya.
usage-decline = Ketik /decline ID, misalnya /decline 3. /members menampilkan permintaannya.
usage-members = Ketik /members PERUSAHAAN untuk melihat kontak sebuah perusahaan, atau /members remove ID.
members-heading = { $company } ({ $count } kontak):
members-line = #{ $id } · { $name } · { $identity }
members-pending-heading = Menunggu bergabung:
members-pending-line = permintaan #{ $id } · { $name } — /approve { $id } atau /decline { $id }
members-hint = /members remove ID mengeluarkan seseorang dari perusahaan.
member-not-found = Kontak #{ $id } tidak ditemukan di perusahaan Anda.
member-removed = { $name } tidak lagi mewakili { $company }.
notice-member-removed = Anda tidak lagi mewakili { $company }. Jika ini keliru, tanyakan rekan Anda atau staf K-Peduli.
transfer-instructions = Silakan transfer { $amount } ke:
    🏦 { $bank }
    Nomor rekening: { $account }
    Atas nama: { $holder }
    Tulis berita transfer ini: { $reference }
    Lalu ketik /paid { $id }.
transfer-instructions-missing = Staf K-Peduli akan mengirimkan detail rekening untuk janji ini (referensi { $reference }). Setelah transfer, ketik /paid { $id }.
goods-instructions = 📦 Penyerahan: { $instructions }
    Referensi: { $reference }
goods-instructions-missing = Staf K-Peduli akan menghubungi Anda untuk mengatur penyerahan (referensi { $reference }).
pledge-ask-large = { $amount } jauh lebih besar dari yang masih dibutuhkan { $code }, atau dari janji mana pun sejauh ini. Benar jumlah itu yang Anda maksud?
choice-large-yes = Ya, jumlah itu
choice-large-no = Tidak, ubah
newcampaign-ask-bankName = Bank tujuan transfer mitra untuk kampanye ini? (atau lewati untuk memakai rekening bawaan)
newcampaign-ask-bankAccount = Nomor rekening? (atau lewati)
newcampaign-ask-bankHolder = Atas nama rekening? (atau lewati)
newcampaign-ask-goods = Bagaimana barang diserahkan? (atau lewati)
editcampaign-bad-value = Nilainya harus 2 sampai { $max } karakter.
usage-editcampaign = Ketik /editcampaign KODE KOLOM NILAI. Kolom: { $fields }. Misalnya /editcampaign BTS account 123-456-7890.
editcampaign-done = Kampanye { $code }: { $field } sudah diubah.

## Siklus kampanye
close-ask = Tutup { $code } · { $title }? Tidak ada janji baru yang akan diterima.
choice-close-yes = Ya, tutup
choice-close-no = Tidak, biarkan terbuka
close-kept = { $code } tetap terbuka.
error-campaign-not-closed = Kampanye { $code } tidak dalam keadaan ditutup.
reopen-needs-end-date = Tanggal akhir { $code } sudah lewat. Berikan yang baru: /reopen { $code } YYYY-MM-DD.
usage-reopen = Ketik /reopen KODE [TANGGAL AKHIR], misalnya /reopen BTS 2026-12-31.
campaign-reopened = Kampanye { $code } kembali menerima janji, sampai { $date }.
closing-summary = 🔒 { $count } kampanye sudah melewati tanggal akhir dan kini ditutup: { $codes }.

## Kabar
update-heading = 📣 { $code } · { $title }
update-ask-text = Ketik kabarnya dalam bahasa Indonesia (paling banyak { $max } karakter).
update-ask-text-ko = Ketik versi bahasa Korea (paling banyak { $max } karakter).
update-ask-text-en = Ketik versi bahasa Inggris (paling banyak { $max } karakter).
update-ask-reached = Penerima manfaat yang sudah terjangkau, misalnya "students=350 schools=3"? (atau lewati)
update-bad-reached = Tulis sebagai target=angka, misalnya students=350 schools=3.
update-preview = Kabar untuk { $code } kepada { $total } pelanggan. Terjangkau: { $reached }. Kirim?
broadcast-kind-update = kabar kampanye
broadcast-kind-closing = kampanye ditutup
schedule-kind-closing = menutup kampanye yang lewat tanggal akhir

## Web pages
web-site-name = K-Peduli
web-language = Bahasa
web-not-found = Halaman ini tidak ada.
web-campaigns-title = Kampanye K-Peduli
web-campaigns-empty = Belum ada kampanye yang dibuka.
web-confirmed = Terkonfirmasi
web-pledged = Dijanjikan
web-beneficiaries-heading = Penerima manfaat
web-supporters-heading = Perusahaan pendukung
web-supporters-empty = Belum ada perusahaan yang berjanji.
web-updates-heading = Kabar terbaru
web-updates-empty = Belum ada kabar.
web-pledge-via-bot = Untuk berjanji, kirim /pledge { $code } ke bot K-Peduli.
web-card-alt = Progres { $title }: { $percent }% terkonfirmasi
command-dashboard = /dashboard — tautan sekali pakai ke dasbor web
campaign-web-link = Di web: { $url }
dashboard-link = Tautan masuk dasbor Anda, berlaku { $minutes } menit dan hanya sekali pakai. Jangan dibagikan: { $url }
dashboard-too-many-links = Anda baru saja meminta beberapa tautan. Pakai yang terakhir, atau coba lagi dalam { $minutes } menit.
dashboard-disabled = Dasbor web dimatikan di sini (WEB_ENABLED=false).

## Web dashboard
web-signed-out = Anda belum masuk.
web-how-to-sign-in = Staf K-Peduli: ketik /dashboard ke bot di chat mana pun untuk mendapat tautan masuk.
web-not-staff = Halaman ini hanya untuk staf K-Peduli.
web-bad-origin = Formulir ini berasal dari situs lain dan ditolak.
web-bad-csrf = Formulir ini sudah kedaluwarsa. Muat ulang halaman lalu coba lagi.
web-link-used-or-expired = Tautan masuk ini sudah dipakai atau kedaluwarsa.
web-sign-in-title = Masuk ke dasbor K-Peduli
web-sign-in-button = Masuk
web-sign-out = Keluar
web-dashboard-title = Dasbor K-Peduli
web-nav-overview = Ringkasan
web-nav-pending = Menunggu staf
web-signed-in-as = Masuk sebagai { $identity }
web-pending-count = Menunggu konfirmasi: { $count }
web-last-week = 7 hari terakhir: { $count } janji, { $amount }
web-active-campaigns = Kampanye aktif
web-broadcasts-running = Siaran yang sedang berjalan
web-none = Tidak ada.
web-broadcast-line = #{ $number } { $kind }: { $sent } terkirim, { $queued } antre, { $failed } gagal
web-pending-title = Janji yang menunggu staf
web-col-pledge = Janji
web-col-company = Perusahaan
web-col-what = Jumlah atau barang
web-col-status = Status
web-col-actions = Tindakan
web-col-date = Tanggal
web-col-note = Catatan
web-confirm = Konfirmasi
web-confirm-pledge = Konfirmasi janji #{ $id }
web-reject = Tolak
web-reject-pledge = Tolak janji #{ $id }
web-reject-reason = Alasan
web-back = Kembali
web-public-page = Halaman publik
web-pledges-heading = Janji
web-filter-all = Semua
web-filter-apply = Tampilkan
web-next-page = 50 berikutnya

## Live progress (seams)
live-progress-unavailable = Pesan progres langsung tidak tersedia di aplikasi chat ini. Gunakan /pin di grup atau kanal Telegram.

## Berkas: foto dan PDF, bukti transfer (issue 12)
command-proof = /proof ID — tampilkan lagi bukti transfer sebuah janji donasi (juga /bukti)
usage-proof = Ketik /proof ID, mis. /proof 12.
file-too-large = Berkas itu terlalu besar: maksimal { $max } MB. Silakan kirim foto atau PDF yang lebih kecil.
file-wrong-type = Saya hanya bisa menerima foto (JPEG, PNG, WebP) dan berkas PDF. Berkas itu bukan keduanya, apa pun namanya.
file-unreadable = Berkas itu tidak bisa saya baca. Silakan kirim lagi foto atau PDF-nya.
file-not-expected = Terima kasih atas berkasnya, tetapi saya tidak tahu untuk apa. Untuk mengirim bukti transfer, tambahkan keterangan /paid ID.
paid-ask-proof = Silakan kirim foto atau PDF bukti transfer untuk janji donasi #{ $id }, agar staf bisa segera memeriksanya. Tidak ada bukti? Pilih Lewati.
paid-proof-expected = Saya menunggu foto atau PDF bukti transfer untuk janji donasi #{ $id }, atau pilih Lewati.
paid-proof-kept = 📎 Bukti transfer dilampirkan untuk staf.
pending-has-proof = bukti
proof-none = Janji donasi #{ $id } tidak punya bukti transfer.
proof-caption = Bukti transfer janji donasi #{ $id }: { $company }, { $code }, { $what }

## Web: staff dashboard pages (campaigns, companies, broadcasts, schedules, audit)
error-phone-not-registered = { $phone } tidak terdaftar untuk perusahaan ini.
web-nav-campaigns = Kampanye
web-nav-companies = Perusahaan
web-nav-broadcasts = Siaran
web-nav-schedules = Jadwal
web-nav-audit = Log audit
web-action-refused = Tidak dilakukan
web-bad-input = Formulir tidak diisi seperti yang diharapkan. Periksa lalu coba lagi.
web-form-too-large = Formulir terlalu besar untuk dikirim.
web-indonesian-required = Teks bahasa Indonesia wajib; bahasa Korea dan Inggris opsional.
web-add = Tambah
web-remove = Hapus
web-col-kind = Jenis
web-kind-cash = Tunai
web-kind-goods = Barang
web-sort = Urutan
web-sort-newest = Terbaru dulu
web-sort-oldest = Terlama dulu
web-sort-largest = Terbesar dulu
web-sort-smallest = Terkecil dulu
web-goal = Penerima manfaat
web-goal-reached = Tercapai
web-goal-target = Sasaran
web-campaign-new = Kampanye baru
web-campaign-create = Buat kampanye
web-campaign-code = Kode
web-campaign-title = Judul
web-campaign-story = Cerita
web-campaign-target = Target (Rp, mis. 250jt)
web-campaign-starts = Mulai
web-campaign-ends = Berakhir
web-campaign-goals = Sasaran penerima (mis. students=1000, schools=28)
web-campaign-regions = Wilayah (dipisah koma)
web-campaign-bank = Bank untuk transfer
web-campaign-account = Nomor rekening
web-campaign-holder = Atas nama
web-campaign-status-draft = draf
web-campaign-status-active = dibuka
web-campaign-status-closed = ditutup
web-campaign-manage = Kelola kampanye ini
web-campaign-edit-field = Bagian yang diubah
web-campaign-edit-value = Nilai baru
web-campaign-edit = Ubah
web-campaign-field-bank = Bank
web-campaign-field-account = Nomor rekening
web-campaign-field-holder = Atas nama
web-campaign-field-goods = Petunjuk barang (bahasa Indonesia)
web-campaign-field-title = Judul (bahasa Indonesia)
web-campaign-field-story = Cerita (bahasa Indonesia)
web-campaign-field-target = Target
web-campaign-field-ends = Tanggal berakhir
web-campaign-close = Tutup kampanye
web-campaign-reopen = Buka kembali kampanye
web-campaign-new-end = Tanggal berakhir baru (wajib bila yang lama sudah lewat)
web-update-post = Kirim kabar terbaru
web-update-text = Teks kabar
web-update-reached = { $goal } yang sudah tercapai
web-update-send = Kirim ke pelanggan
web-company-anonymous = anonim di dinding
web-company-contacts = Kontak
web-company-totals = Janji per kampanye
web-company-phones = Nomor yang didaftarkan staf
web-phone-linked = sudah tertaut
web-phone-waiting = menunggu pesan pertama
web-phone-add = Nomor telepon
web-phone-remove-label = Hapus { $phone }
web-phone-not-found = Nomor itu sudah tidak terdaftar untuk perusahaan ini.
web-join-requests = Permintaan bergabung
web-join-waiting = Permintaan menunggu
web-join-approve = Setujui
web-join-decline = Tolak
web-broadcast-new = Siaran baru
web-broadcast-number = Siaran
web-broadcast-audience = Penerima
web-broadcast-campaign = Kampanye (untuk pelanggan atau mitra suatu kampanye)
web-broadcast-pick-audience = Pilih penerima (dan kampanye bila perlu) untuk melihat siapa yang akan menerimanya.
web-broadcast-recipients = { $audience }: { $total } penerima saat ini
web-broadcast-preview = Lihat penerima
web-broadcast-text = Pesan
web-broadcast-time = Tanggal dan jam (WIB), untuk "pada waktu tertentu"
web-broadcast-send = Antrekan siaran
web-broadcast-no-member = Kirim pesan sekali ke bot dari chat Anda agar laporan pengiriman bisa sampai, lalu coba lagi.
web-broadcast-progress = Kemajuan
web-broadcast-counts = { $sent } terkirim, { $queued } antre, { $failed } gagal, { $skipped } dilewati
web-broadcast-report = Laporan pengiriman siaran #{ $number }
web-broadcast-reasons = Alasan pengiriman gagal atau dilewati
web-broadcast-channel = Saluran
web-broadcast-reason = Alasan
web-broadcast-count = Pesan
web-broadcast-cancel = Batalkan pengiriman yang belum terjadi
web-delivery-queued = antre
web-delivery-sending = sedang dikirim
web-delivery-sent = terkirim
web-delivery-failed = gagal
web-delivery-skipped = dilewati
web-delivery-cancelled = dibatalkan
web-schedule-job = Tugas
web-schedule-campaign = Kampanye
web-schedule-cron = Kapan (cron)
web-schedule-cron-hint = Kapan: menit jam tanggal bulan hari, waktu Jakarta (mis. 0 9 * * 1)
web-schedule-next = Jalan berikutnya
web-schedule-paused = dijeda
web-schedule-days = Hari setelah berjanji (hanya pengingat)
web-schedule-add = Tambah jadwal
web-schedule-pause = Jeda
web-schedule-resume = Lanjutkan
web-schedule-remove = Hapus
web-schedule-pause-label = Jeda jadwal #{ $id }
web-schedule-resume-label = Lanjutkan jadwal #{ $id }
web-schedule-remove-label = Hapus jadwal #{ $id }
web-audit-actor = Siapa (identitas)
web-audit-action = Tindakan
web-audit-from = Dari
web-audit-to = Sampai
web-audit-record = Data
web-audit-before = Sebelum
web-audit-after = Sesudah
web-audit-time-zone = Tanggal menurut waktu { $zone }.

## Bukti dan dokumen: tanda terima, sertifikat CSR, grafik, ekspor
command-chart = /chart KODE — progres kampanye dalam grafik
command-export = /export [KODE] [DARI SAMPAI] — janji donasi sebagai CSV dan XLSX, mis. /export BTS 2026-11-01 2026-11-30
command-certificate = /certificate KODE PERUSAHAAN — kirim ulang sertifikat CSR perusahaan
paper-issuer = K-Peduli · KOTRA Jakarta dan Gugah Nurani Indonesia
receipt-title = Tanda Terima Donasi
receipt-intro = K-Peduli dengan terima kasih telah menerima donasi berikut dari { $company }.
receipt-number = No. tanda terima
receipt-date = Tanggal
receipt-company = Perusahaan
receipt-campaign = Kampanye
receipt-pledge = Janji donasi
receipt-kind-cash = tunai
receipt-kind-goods = barang
receipt-amount = Jumlah
receipt-value = Nilai barang
receipt-in-words = Terbilang
receipt-amount-words = { $words } rupiah
receipt-items = Barang
receipt-item = Barang
receipt-quantity = Jumlah
receipt-unit-value = Nilai satuan
receipt-line-total = Total
receipt-confirmed-by = Dikonfirmasi oleh { $name }
receipt-footer = K-Peduli (Korea Peduli) · platform CSR KOTRA Jakarta bersama Gugah Nurani Indonesia
notice-receipt-attached = Tanda terima { $number } terlampir.
certificate-title = Sertifikat CSR
certificate-intro = Dengan ini menyatakan bahwa { $company } telah mendukung kampanye { $code } · { $title } melalui K-Peduli.
certificate-period = Periode kampanye
certificate-given = Donasi perusahaan
certificate-campaign-total = Total kampanye (terkonfirmasi)
certificate-companies = Perusahaan yang ikut serta
certificate-regions = Wilayah
certificate-gifts = Yang diberikan perusahaan
certificate-reached = Penerima manfaat yang terjangkau
certificate-photos = Dari lapangan
certificate-signature = Tim K-Peduli, KOTRA Jakarta dan Gugah Nurani Indonesia
notice-certificate = 📜 { $code } sudah ditutup. Terima kasih, { $company }: sertifikat CSR Anda terlampir.
certificate-sent = 📜 Sertifikat CSR untuk { $company } ({ $code }) sudah dikirim ke kontak perusahaan.
usage-certificate = Kampanye dan perusahaan mana? Ketik /certificate KODE PERUSAHAAN, mis. /certificate BTS PT Maju Jaya.
error-certificate-not-closed = { $code } masih terbuka: sertifikat dibuat setelah kampanye ditutup.
error-certificate-nothing-given = { $company } belum punya donasi terkonfirmasi untuk { $code }, jadi tidak ada sertifikat.
chart-pledged = Dijanjikan
chart-confirmed = Terkonfirmasi
chart-target = Target
chart-companies = Perusahaan teratas
chart-unit = juta Rp
chart-caption = 📈 { $code }: terkonfirmasi dan dijanjikan dari waktu ke waktu terhadap target, dan perusahaan teratas.
usage-chart = Kampanye mana? Ketik /chart KODE, mis. /chart BTS.
choice-chart = 📈 Grafik
export-col-pledge = Janji
export-col-campaign = Kampanye
export-col-company = Perusahaan
export-col-channel = Kanal kontak
export-col-kind = Jenis
export-col-amount = Jumlah (Rp)
export-col-items = Barang
export-col-status = Status
export-col-created = Dibuat
export-col-updated = Diubah
export-col-receipt = No. tanda terima
export-col-proof = Bukti
export-col-pledges = Janji
export-col-pledged = Dijanjikan (Rp)
export-col-confirmed = Terkonfirmasi (Rp)
export-sheet-pledges = Janji donasi
export-sheet-totals = Per perusahaan
export-yes = ya
export-no = tidak
export-kind-cash = tunai
export-kind-goods = barang
export-all-campaigns = semua kampanye
export-all-time = semua tanggal
export-period = { $from } – { $to }
export-caption-csv = 📄 Janji donasi, { $scope }, { $period } (CSV)
export-caption-xlsx = 📊 Janji donasi dan total per perusahaan, { $scope }, { $period } (XLSX)
export-too-big = Ekspor { $scope }, { $period } lebih dari { $max } MB, terlalu besar untuk dikirim lewat chat, jadi tidak ada yang dikirim. Persempit permintaannya, mis. satu kampanye atau satu bulan: /export KODE DARI SAMPAI.
export-too-big-dashboard = Atau unduh seluruhnya dari dasbor: { $url } (ketik /dashboard dulu untuk masuk).
usage-export = Ketik /export [KODE] [DARI SAMPAI], mis. /export, /export BTS atau /export BTS 2026-11-01 2026-11-30.
error-export-range = Tanggal awal setelah tanggal akhir. Ketik /export [KODE] DARI SAMPAI dengan DARI lebih dulu.
web-exports-title = Ekspor
web-exports-campaign = Kampanye
web-exports-from = Dari
web-exports-to = Sampai
web-exports-csv = Unduh CSV
web-exports-xlsx = Unduh XLSX
web-exports-bad-input = Pilih kampanye dan dua tanggal (YYYY-MM-DD), tanggal awal lebih dulu.

## Public page: update photos
web-update-photo = Foto dari kabar ini
