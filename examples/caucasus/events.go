package main

import "github.com/statecraft/bilateral/relations"

// How the events below are coded.
//
// An event is one act of a case actor toward another, with the CAMEO code
// that best describes it; its Goldstein weight comes from
// [relations.Goldstein], so only codes of that table are used. Where the
// comment names the code and its weight. An event's ID is the id of the fact it comes
// from, with a suffix when one fact gives several events. A period date
// ("2024-08-18/2024-08-19") gives its first day; a date the fact does not
// give to the day stays at the month or year it does give.
//
// The events are the event facts of the file between two actors of the
// case, plus the signature of each agreement of 2020 and later (CAMEO 057,
// sign a formal agreement; 061 for a commercial contract), and
// Azerbaijan's demands after the AZAL crash (from gr-aze-azal). Other
// grievance facts are not turned into events: they weigh in the climate as
// open grievances.
//
// Left out, with the reason:
//
//   - ev-2023-09-nk-offensive: the counterpart, Nagorno-Karabakh, is not an
//     actor of the case; the fact does not say who killed the five Russian
//     peacekeepers.
//   - ev-2024-04-peacekeepers-exit, ev-border-guards-zvartnots-exit and
//     ev-border-guards-iran-checkpoint: CAMEO codes a withdrawal of forces
//     as a reduction of relations (166), which misreads a withdrawal the
//     host asked for or agreed to, and the table's other withdrawal code
//     (0874, +10) is a military retreat. They are recorded instead as the
//     ends of obligations in ARM-AZE-RUS-2020-statement and
//     ARM-RUS-1992-border-guards; Armenia's request about Zvartnots is an
//     event.
//   - ev-georgia-no-ru-relations: a standing condition, not a dated act.
//   - ind-wheat-diversify: a minister's statement to Armenia's parliament,
//     not an act toward Russia.
//   - ev-gas-halt-2025-08: a 24-hour outage for pipeline repairs, not an
//     act of policy.
//   - ev-reexport-channel: a process over 2022–2024, not a dated act.
//   - ev-seed-india-no-criticism, ev-seed-us-russia-scenario and
//     ev-seed-track2 (SEED-ONLY): an absence of criticism, a scenario and a
//     recommendation, none of them an act.

// events returns the events of the South Caucasus case between pairs of
// its actors, in date order (an event dated only to the year sits beside
// the fact it comes from).
func events() []relations.Event {
	return []relations.Event{
		{
			// CAMEO 062 Cooperate militarily: 7.4.
			ID: "agr-base-102-founded", Actor: RUS, Target: ARM, On: date("1994-09-01"), Code: "062",
			Summary: "Russia's defence ministry founds the 102nd base in Armenia, with garrisons in Gyumri and Yerevan (about 3,000 personnel reported; counts vary by source and year).",
			Source:  cite("agr-base-102-founded"),
		},
		{
			// CAMEO 02 Appeal: 3.0.
			ID: "agr-1997-treaty-art2-invoked-2020", Actor: ARM, Target: RUS, On: date("2020-10-31"), Code: "02",
			Summary: "During the 2020 war Pashinyan asks Putin for urgent consultations on assistance under Art. 2 of the 1997 treaty; Russia's MFA answers that help would come if the fighting reached Armenian territory.",
			Source:  cite("agr-1997-treaty-art2-invoked-2020"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0 (one event per pair of
			// the three signatories).
			ID: "agr-2020-trilateral", Actor: ARM, Target: AZE, On: date("2020-11-09"), Code: "057",
			Summary: "Armenia and Azerbaijan sign, with Russia, the statement that ends the 44-day war (signed late on 9 Nov, in force on 10 Nov).",
			Source:  cite("agr-2020-trilateral"),
		},
		{
			ID: "agr-2020-trilateral-rus-arm", Actor: RUS, Target: ARM, On: date("2020-11-09"), Code: "057",
			Summary: "Russia and Armenia sign the trilateral statement of 10 November 2020, which brings about 2,000 Russian peacekeepers to Karabakh.",
			Source:  cite("agr-2020-trilateral"),
		},
		{
			ID: "agr-2020-trilateral-rus-aze", Actor: RUS, Target: AZE, On: date("2020-11-09"), Code: "057",
			Summary: "Russia and Azerbaijan sign the trilateral statement of 10 November 2020.",
			Source:  cite("agr-2020-trilateral"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0, per pair.
			ID: "agr-2021-01-11-working-group", Actor: ARM, Target: AZE, On: date("2021-01-11"), Code: "057",
			Summary: "Armenia and Azerbaijan sign, with Russia, a statement setting up a working group of deputy prime ministers on rail and road links.",
			Source:  cite("agr-2021-01-11-working-group"),
		},
		{
			ID: "agr-2021-01-11-working-group-rus-arm", Actor: RUS, Target: ARM, On: date("2021-01-11"), Code: "057",
			Summary: "Russia and Armenia sign the trilateral statement of 11 January 2021 on transport links.",
			Source:  cite("agr-2021-01-11-working-group"),
		},
		{
			ID: "agr-2021-01-11-working-group-rus-aze", Actor: RUS, Target: AZE, On: date("2021-01-11"), Code: "057",
			Summary: "Russia and Azerbaijan sign the trilateral statement of 11 January 2021 on transport links.",
			Source:  cite("agr-2021-01-11-working-group"),
		},
		{
			// CAMEO 192 (occupy territory): −9.5.
			ID: "ev-2021-05-incursion", Actor: AZE, Target: ARM, On: date("2021-05-12"), Code: "192",
			Summary: "Azerbaijani troops cross into Armenia's Syunik province near Sev Lich, about 3.5 km by Armenia's account, with further moves near Vardenis and Sisian the next day.",
			Source:  cite("ev-2021-05-incursion"),
		},
		{
			// CAMEO 02 Appeal: 3.0. Month only: the fact gives no day.
			ID: "ev-2021-05-incursion-csto-appeal", Actor: ARM, Target: CSTO, On: date("2021-05"), Code: "02",
			Summary: "Armenia appeals to the CSTO over the incursion.",
			Source:  cite("ev-2021-05-incursion"),
		},
		{
			// CAMEO 1222 (reject request for military aid): −4.0. Year only:
			// the fact does not date the answer.
			ID: "ev-2021-05-incursion-csto-reply", Actor: CSTO, Target: ARM, On: date("2021"), Code: "1222",
			Summary: "The CSTO's Secretary General calls the incursion a border incident that falls outside the collective-defence provisions.",
			Source:  cite("ev-2021-05-incursion"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-ru-az-allied-declaration", Actor: RUS, Target: AZE, On: date("2022-02-22"), Code: "057",
			Summary: "Putin and Aliyev sign the Declaration on Allied Interaction in Moscow, two days before Russia's full-scale invasion of Ukraine.",
			Source:  cite("agr-ru-az-allied-declaration"),
		},
		{
			// CAMEO 061 Cooperate economically: 6.4 (a contract between
			// state-owned companies). Month approximate.
			ID: "agr-tvel-fuel-2022", Actor: RUS, Target: ARM, On: date("2022-08"), Code: "061",
			Summary: "Rosatom's TVEL contracts to fuel the Armenian nuclear plant for late 2022 and pledges supply to the end of the plant's life.",
			Source:  cite("agr-tvel-fuel-2022"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0. Month approximate.
			ID: "agr-in-am-pinaka-g2g", Actor: IND, Target: ARM, On: date("2022-09"), Code: "057",
			Summary: "India and Armenia sign a government-to-government deal for Pinaka rocket launchers, Konkurs missiles, mortars and ammunition (reported; not confirmed by Yerevan).",
			Source:  cite("agr-in-am-pinaka-g2g"),
		},
		{
			// CAMEO 190 Use conventional military force: −10.0. First day
			// of the period 2022-09-13/2022-09-14.
			ID: "ev-2022-09-attack", Actor: AZE, Target: ARM, On: date("2022-09-13"), Code: "190",
			Summary: "Azerbaijan attacks Armenian territory on a wide front (Goris, Jermuk, Sotk, Vardenis, Kapan) until a US-brokered ceasefire late on 14 Sep; the Armenian government counts 225 dead (other counts differ).",
			Source:  cite("ev-2022-09-attack"),
		},
		{
			// CAMEO 02 Appeal: 3.0. Dated to the first day of the attack.
			ID: "ev-2022-09-attack-treaty-appeal", Actor: ARM, Target: RUS, On: date("2022-09-13"), Code: "02",
			Summary: "Armenia formally invokes the 1997 treaty with Russia during the attack.",
			Source:  cite("ev-2022-09-attack"),
		},
		{
			// CAMEO 02 Appeal: 3.0. Dated to the first day of the attack.
			ID: "ev-2022-09-attack-cst-appeal", Actor: ARM, Target: CSTO, On: date("2022-09-13"), Code: "02",
			Summary: "Armenia invokes Art. 4 of the Collective Security Treaty during the attack.",
			Source:  cite("ev-2022-09-attack"),
		},
		{
			// CAMEO 1222 (reject request for military aid): −4.0.
			ID: "ev-2022-09-attack-csto-monitors", Actor: CSTO, Target: ARM, On: date("2022-09-15"), Code: "1222",
			Summary: "The CSTO answers Armenia's request with a monitoring team only.",
			Source:  cite("ev-2022-09-attack"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-in-am-arms", Actor: IND, Target: ARM, On: date("2022-11"), Code: "057",
			Summary: "A deal for 155-mm self-propelled howitzers from India, about USD 155 million, is reported signed (not confirmed by Yerevan).",
			Source:  cite("agr-in-am-arms"),
		},
		{
			// CAMEO 05 Engage in diplomatic cooperation: 3.5 (a civilian
			// monitoring mission deployed at Armenia's invitation).
			ID: "agr-euma-launch", Actor: EU, Target: ARM, On: date("2023-02-20"), Code: "05",
			Summary: "The EU launches its civilian mission in Armenia (EUMA), about 100 staff with headquarters in Yeghegnadzor.",
			Source:  cite("agr-euma-launch"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0. Year only.
			ID: "agr-in-am-atags-2023", Actor: IND, Target: ARM, On: date("2023"), Code: "057",
			Summary: "Armenia orders six ATAGS towed guns from India (reported; not confirmed by Yerevan).",
			Source:  cite("agr-in-am-atags-2023"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-fr-am-arms-2023", Actor: FRA, Target: ARM, On: date("2023-10-23"), Code: "057",
			Summary: "France and Armenia sign for three GM200 radars, with a letter of intent on Mistral air defence.",
			Source:  cite("agr-fr-am-arms-2023"),
		},
		{
			// CAMEO 163 Impose embargo, boycott or sanctions: −8.0. Month
			// approximate.
			ID: "ev-rosselkhoznadzor-ban", Actor: RUS, Target: ARM, On: date("2023-11"), Code: "163",
			Summary: "Russia's agricultural watchdog blocks many Armenian food imports for more than a week on phytosanitary grounds, read by observers as a show of economic leverage.",
			Source:  cite("ev-rosselkhoznadzor-ban"),
		},
		{
			// CAMEO 062 Cooperate militarily: 7.4 (deliveries).
			ID: "agr-fr-am-bastion", Actor: FRA, Target: ARM, On: date("2023-12"), Code: "062",
			Summary: "A French Senate report says 24 Bastion armoured vehicles are being delivered to Armenia and 26 more are in production.",
			Source:  cite("agr-fr-am-bastion"),
		},
		{
			// CAMEO 036 Express intent to meet or negotiate: 4.0.
			ID: "agr-eu-npa-launch", Actor: EU, Target: ARM, On: date("2024-02-13"), Code: "036",
			Summary: "The EU–Armenia Partnership Council agrees to start work on a New Partnership Agenda.",
			Source:  cite("agr-eu-npa-launch"),
		},
		{
			// CAMEO 16 Reduce relations: −4.0.
			ID: "ev-csto-freeze-announced", Actor: ARM, Target: CSTO, On: date("2024-02-22"), Code: "16",
			Summary: "Pashinyan says Armenia has in practice frozen its CSTO participation because the bloc failed its obligations in 2021–2022; the secretariat says it has had no formal notice.",
			Source:  cite("ev-csto-freeze-announced"),
		},
		{
			// CAMEO 042 Make a visit: 1.9.
			ID: "ev-fr-am-lecornu-yerevan", Actor: FRA, Target: ARM, On: date("2024-02-23"), Code: "042",
			Summary: "Lecornu, reportedly the first French defence minister to visit, is in Yerevan on 22–23 Feb: night-vision devices have arrived, radars and more armoured vehicles are to follow, and Mistral is 'a matter of time'.",
			Source:  cite("ev-fr-am-lecornu-yerevan"),
		},
		{
			// CAMEO 166 (expel or withdraw): −7.0.
			ID: "ev-border-guards-zvartnots-request", Actor: ARM, Target: RUS, On: date("2024-03-07"), Code: "166",
			Summary: "Mirzoyan confirms that Armenia has told Russia its border guards are no longer needed at Zvartnots airport (request sent in early March).",
			Source:  cite("ev-border-guards-zvartnots-request"),
		},
		{
			// CAMEO 12 Reject: −4.0 (Georgia passes the law over the EU's
			// objections).
			ID: "ev-georgia-foreign-agent-law", Actor: GEO, Target: EU, On: date("2024-05"), Code: "12",
			Summary: "Georgian Dream passes the 'transparency of foreign influence' law at the end of May 2024, which the EU calls incompatible with membership.",
			Source:  cite("ev-georgia-foreign-agent-law"),
		},
		{
			// CAMEO 164 (halt negotiations): −7.0; the pause of aid would be
			// 162 (reduce or stop aid). Year only: the fact does not date
			// the EU's steps.
			ID: "ev-georgia-foreign-agent-law-eu", Actor: EU, Target: GEO, On: date("2024"), Code: "164",
			Summary: "In response the EU in effect freezes Georgia's accession path and pauses EUR 30 million of European Peace Facility aid.",
			Source:  cite("ev-georgia-foreign-agent-law"),
		},
		{
			// CAMEO 163 Impose embargo, boycott or sanctions: −8.0. Year
			// only: the fact does not date the sanctions.
			ID: "ev-georgia-foreign-agent-law-us", Actor: USA, Target: GEO, On: date("2024"), Code: "163",
			Summary: "The United States sanctions Georgian Dream officials.",
			Source:  cite("ev-georgia-foreign-agent-law"),
		},
		{
			// CAMEO 1313 (threaten to reduce or break relations): −5.8. Month only.
			ID: "ev-csto-intent-leave", Actor: ARM, Target: CSTO, On: date("2024-06"), Code: "1313",
			Summary: "Pashinyan signals that Armenia intends to leave the CSTO (secondary report; no formal withdrawal is recorded).",
			Source:  cite("ev-csto-intent-leave"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-fr-am-caesar", Actor: FRA, Target: ARM, On: date("2024-06-17"), Code: "057",
			Summary: "France and Armenia sign for CAESAR self-propelled howitzers at Eurosatory; number and price undisclosed.",
			Source:  cite("agr-fr-am-caesar"),
		},
		{
			// CAMEO 042 Make a visit: 1.9. First day of the visit of 18–19
			// Aug.
			ID: "ev-2024-08-putin-baku", Actor: RUS, Target: AZE, On: date("2024-08-18"), Code: "042",
			Summary: "Putin begins a two-day state visit to Azerbaijan, his first since September 2018, for talks on 'strategic partnership and alliance'.",
			Source:  cite("ev-2024-08-putin-baku"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-ru-az-2024-08-documents", Actor: RUS, Target: AZE, On: date("2024-08-19"), Code: "057",
			Summary: "Russia and Azerbaijan adopt a joint statement reaffirming the 2022 allied declaration and sign six intergovernmental agreements and memoranda.",
			Source:  cite("agr-ru-az-2024-08-documents"),
		},
		{
			// CAMEO 16 Reduce relations: −4.0. Month only (day approximate
			// in the source).
			ID: "ev-csto-freeze-all-levels", Actor: ARM, Target: CSTO, On: date("2024-09"), Code: "16",
			Summary: "Pashinyan says Armenia's CSTO participation is frozen 'at all levels'.",
			Source:  cite("ev-csto-freeze-all-levels"),
		},
		{
			// CAMEO 062 Cooperate militarily: 7.4.
			ID: "ev-in-am-akash-first-battery", Actor: IND, Target: ARM, On: date("2024-11-11"), Code: "062",
			Summary: "India dispatches the first export battery of the Akash air-defence system to a 'friendly foreign country', which Indian media and defence sources identify as Armenia; the recipient is not named officially.",
			Source:  cite("ev-in-am-akash-first-battery"),
		},
		{
			// CAMEO 164 (halt negotiations): −7.0.
			ID: "ev-georgia-eu-talks-suspended", Actor: GEO, Target: EU, On: date("2024-11-28"), Code: "164",
			Summary: "Prime Minister Kobakhidze says Georgia will not pursue EU accession talks before the end of 2028 (reported by low-quality aggregators; to be confirmed).",
			Source:  cite("ev-georgia-eu-talks-suspended"),
		},
		{
			// CAMEO 190 (use conventional military force): −10.0 (Russian
			// air-defence fire on the airliner; Russia did not admit a
			// shoot-down at the time).
			ID: "ev-2024-12-azal-8243", Actor: RUS, Target: AZE, On: date("2024-12-25"), Code: "190",
			Summary: "AZAL flight J2-8243 from Baku to Grozny crashes near Aktau after failed landings at Grozny while Russian air defences were engaging Ukrainian drones; 38 of the 67 aboard die.",
			Source:  cite("ev-2024-12-azal-8243"),
		},
		{
			// CAMEO 10 Demand: −5.0. Dated as the grievance fact is.
			ID: "gr-aze-azal-demands", Actor: AZE, Target: RUS, On: date("2024-12-25"), Code: "10",
			Summary: "Aliyev demands that Russia admit responsibility for the crash, punish those responsible and pay compensation.",
			Source:  cite("gr-aze-azal"),
		},
		{
			// CAMEO 055 (apologize): 7.0.
			ID: "ev-2024-12-azal-8243-call", Actor: RUS, Target: AZE, On: date("2024-12-28"), Code: "055",
			Summary: "Putin telephones Aliyev and apologises for the 'tragic incident' in Russian airspace without admitting a shoot-down.",
			Source:  cite("ev-2024-12-azal-8243"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-us-charter", Actor: ARM, Target: USA, On: date("2025-01-14"), Code: "057",
			Summary: "Armenia and the United States sign a Strategic Partnership Charter in Washington.",
			Source:  cite("agr-us-charter"),
		},
		{
			// CAMEO 16 Reduce relations: −4.0. Month only.
			ID: "ev-2025-02-russian-house", Actor: AZE, Target: RUS, On: date("2025-02"), Code: "16",
			Summary: "At Baku's request the Russian House in Baku stops work in early February 2025, and the Sputnik Azerbaijan office is wound up later that month.",
			Source:  cite("ev-2025-02-russian-house"),
		},
		{
			// CAMEO 08 Yield: 5.0 (Armenia accepts Azerbaijan's wording).
			ID: "agr-am-az-peace-text", Actor: ARM, Target: AZE, On: date("2025-03-13"), Code: "08",
			Summary: "Armenia accepts Azerbaijan's wording of the two open articles, so the peace-treaty text is ready for signing; Baku then raises further preconditions.",
			Source:  cite("agr-am-az-peace-text"),
		},
		{
			// CAMEO 036 Express intent to meet or negotiate: 4.0 (a law
			// starting an accession process, not an application).
			ID: "agr-eu-accession-law", Actor: ARM, Target: EU, On: date("2025-03-26"), Code: "036",
			Summary: "Armenia's parliament passes, 64 to 7, a citizen-initiated law to launch the EU accession process; the prime minister says a referendum would decide on membership.",
			Source:  cite("agr-eu-accession-law"),
		},
		{
			// CAMEO 125 (reject a proposal to meet): −5.0.
			ID: "ev-2025-05-aliyev-skips-parade", Actor: AZE, Target: RUS, On: date("2025-05-07"), Code: "125",
			Summary: "The Kremlin says Aliyev will not attend the 80th-anniversary Victory Day parade, citing events at home; Azerbaijani troops still march.",
			Source:  cite("ev-2025-05-aliyev-skips-parade"),
		},
		{
			// CAMEO 042 Make a visit: 1.9.
			ID: "ev-2025-05-pashinyan-parade", Actor: ARM, Target: RUS, On: date("2025-05-09"), Code: "042",
			Summary: "Pashinyan attends the Victory Day parade in Moscow, the only South Caucasus leader there, days after Yerevan accused Moscow of a hybrid war.",
			Source:  cite("ev-2025-05-pashinyan-parade"),
		},
		{
			// CAMEO 036 Express intent to meet or negotiate: 4.0 (the table
			// has no other code for an intent to cooperate).
			ID: "ev-2025-05-zakharova", Actor: RUS, Target: AZE, On: date("2025-05-15"), Code: "036",
			Summary: "Zakharova says Moscow builds its ties with Baku on the 2022 allied declaration, wants to use its full potential, and will settle issues on mutual respect.",
			Source:  cite("ev-2025-05-zakharova"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-eu-npa-concluded", Actor: EU, Target: ARM, On: date("2025-06-30"), Code: "057",
			Summary: "In Yerevan the EU and Armenia sign a CSDP framework participation agreement and announce political agreement on the New Partnership Agenda.",
			Source:  cite("agr-eu-npa-concluded"),
		},
		{
			// CAMEO 044 (meet at a third location), root 04 Consult: 1.0.
			ID: "ev-washington-2025-08-08", Actor: ARM, Target: AZE, On: date("2025-08-08"), Code: "044",
			Summary: "The Armenian and Azerbaijani leaders meet in Washington with US facilitation; Russia's MFA welcomes the meeting.",
			Source:  cite("ev-washington-2025-08-08"),
		},
		{
			// CAMEO 057 Sign formal agreement: 8.0.
			ID: "agr-eu-strategic-agenda-signed", Actor: EU, Target: ARM, On: date("2025-12-02"), Code: "057",
			Summary: "The EU and Armenia adopt a new Strategic Agenda at the sixth Partnership Council in Brussels.",
			Source:  cite("agr-eu-strategic-agenda-signed"),
		},
	}
}
