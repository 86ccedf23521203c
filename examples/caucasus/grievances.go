package main

import (
	"fmt"

	"github.com/statecraft/bilateral/relations"
)

// How the grievances below are coded.
//
// The claimant is the aggrieved party (the fact's subject) and the
// respondent the party blamed (its counterpart). Raised is the fact's date
// at its precision; for a period it is the period's start, as each comment
// says. Severity is the Goldstein weight of the CAMEO code that best
// describes the act complained of, taken from [relations.Goldstein] by
// [cameoWeight], so that only codes of the table can be used; the comment
// on each names the code and its weight. No fact says any of these grievances was resolved, so all are open.
//
// All 13 grievance facts are here. Two facts name two complaints each and
// give two grievances: gr-arm-treaty-nonperformance (against Russia under
// the 1997 treaty, and against the CSTO under Art. 4 of the Collective
// Security Treaty) and gr-arm-propaganda-setrakov (the media campaign, and
// the seizure in Gyumri). The two SEED-ONLY facts, gr-rus-pivot-west and
// gr-seed-aze-lobbying, keep their single-source label through [cite].

// grievances returns the grievances of the South Caucasus case, in the
// order they were raised.
func grievances() []relations.Grievance {
	return []relations.Grievance{
		{
			// Raised: the facts file dates this grievance to the statement
			// itself; the complaint is pressed later, and its first day is
			// not recorded.
			// CAMEO 10 Demand: −5.0 (Russia presses for Art. 9 alone).
			ID: "gr-arm-art9-selective", Claimant: ARM, Respondent: RUS,
			Raised:   date("2020-11-10"),
			Issue:    relations.TransitIssue,
			Severity: cameoWeight("10"),
			Invokes:  relations.Invocation{Agreement: "ARM-AZE-RUS-2020-statement", Article: "Art. 9", Obligation: relations.TransitRights},
			Summary:  "Russia presses Armenia to implement Art. 9 of the 2020 statement (transport links under FSB oversight) while Russia and Azerbaijan did not keep their own commitments under it; Yerevan treats the rest of the statement as void.",
			Source:   cite("gr-arm-art9-selective"),
		},
		{
			// Raised: start of the period 2021-05/2022-09 (the incursion of
			// May 2021 to the attack of September 2022).
			// CAMEO 1222 Reject request for military aid: −4.0.
			// Invokes: Art. 2 is the article Armenia cited when it asked
			// Russia for consultations on assistance in 2020
			// (agr-1997-treaty-art2-invoked-2020); in September 2022 it
			// invoked the treaty formally (ev-2022-09-attack), and the facts
			// file gives no article for 2021–22. The obligation said to be
			// broken is the defence one.
			ID: "gr-arm-treaty-nonperformance", Claimant: ARM, Respondent: RUS,
			Raised:   date("2021-05"),
			Issue:    relations.SecurityGuarantee,
			Severity: cameoWeight("1222"),
			Invokes:  relations.Invocation{Agreement: "ARM-RUS-1997-treaty", Article: "Art. 2", Obligation: relations.Defence},
			Summary:  "Russia did not honour its security obligations under the 1997 treaty when Azerbaijani forces entered Armenian territory in 2021 and 2022 (raised from May 2021; the period runs to September 2022).",
			Source:   cite("gr-arm-treaty-nonperformance"),
		},
		{
			// The same fact blames 'Russia/CSTO'; Armenia invoked Art. 4 of
			// the Collective Security Treaty in September 2022
			// (ev-2022-09-attack) and the CSTO sent only monitors; in 2021
			// its Secretary General called the incursion a border incident
			// (ev-2021-05-incursion).
			// Raised: start of the period 2021-05/2022-09.
			// CAMEO 1222 Reject request for military aid: −4.0.
			ID: "gr-arm-treaty-nonperformance-csto", Claimant: ARM, Respondent: CSTO,
			Raised:   date("2021-05"),
			Issue:    relations.SecurityGuarantee,
			Severity: cameoWeight("1222"),
			Invokes:  relations.Invocation{Agreement: "CSTO-1992-treaty", Article: "Art. 4", Obligation: relations.Defence},
			Summary:  "The CSTO did not meet its collective-defence obligations when Azerbaijani forces entered Armenian territory in 2021 and 2022: it treated May 2021 as a border incident and answered the Art. 4 request of September 2022 with a monitoring team (raised from May 2021).",
			Source:   cite("gr-arm-treaty-nonperformance"),
		},
		{
			// Raised: start of the period 2022-09/2023 (Pashinyan's
			// complaint of September 2022; Grigorian repeated it in 2023).
			// CAMEO 1622 Reduce or stop military assistance: −5.6.
			ID: "gr-arm-undelivered-arms", Claimant: ARM, Respondent: RUS,
			Raised:   date("2022-09"),
			Issue:    relations.ArmsSupply,
			Severity: cameoWeight("1622"),
			Summary:  "Weapons Armenia contracted and paid for in Russia were not delivered: Pashinyan complained of it in September 2022, and Security Council secretary Grigorian said in 2023 that Armenia was still not receiving what it had ordered.",
			Source:   cite("gr-arm-undelivered-arms"),
		},
		{
			// SEED-ONLY: the essay's claim; no Russian official statement in
			// these words was found.
			// Raised: start of the period 2023/2025.
			// CAMEO 16 Reduce relations: −4.0 (Armenia loosening its ties
			// with Russia and its bloc).
			ID: "gr-rus-pivot-west", Claimant: RUS, Respondent: ARM,
			Raised:   date("2023"),
			Issue:    relations.Alignment,
			Severity: cameoWeight("16"),
			Summary:  "Moscow accuses Yerevan of turning to the West: closer ties with the EU, France and the US, EU observers invited in, the CSTO frozen and criticised, and the US charter and EU agenda talks (essay only; raised from 2023, the period runs to 2025).",
			Source:   cite("gr-rus-pivot-west"),
		},
		{
			// CAMEO 1224 Reject request for military protection or
			// peacekeeping: −4.0. The Russian contingent
			// served under the 2020 statement (ev-2024-04-peacekeepers-exit);
			// the fact names no article.
			ID: "gr-arm-nk-2023", Claimant: ARM, Respondent: RUS,
			Raised:   date("2023-09-19"),
			Issue:    relations.SecurityGuarantee,
			Severity: cameoWeight("1224"),
			Invokes:  relations.Invocation{Agreement: "ARM-AZE-RUS-2020-statement"},
			Summary:  "Russia, whose peacekeepers were deployed in Karabakh, did not prevent Azerbaijan's offensive of September 2023, after which relations deteriorated sharply.",
			Source:   cite("gr-arm-nk-2023"),
		},
		{
			// CAMEO 1041 Demand change in leadership: −5.0.
			ID: "gr-arm-propaganda-setrakov", Claimant: ARM, Respondent: RUS,
			Raised:   date("2024-02-22"),
			Issue:    relations.Information,
			Severity: cameoWeight("1041"),
			Summary:  "Pashinyan accused Russian media of calling for his overthrow.",
			Source:   cite("gr-arm-propaganda-setrakov"),
		},
		{
			// CAMEO 173 Arrest, detain, or charge with legal action: −5.0.
			ID: "gr-arm-propaganda-setrakov-seizure", Claimant: ARM, Respondent: RUS,
			Raised:   date("2024-02-22"),
			Issue:    relations.Incident,
			Severity: cameoWeight("173"),
			Summary:  "Pashinyan denounced as illegal the seizure in Gyumri, in December 2023, of the Russian deserter Dmitry Setrakov.",
			Source:   cite("gr-arm-propaganda-setrakov"),
		},
		{
			// CAMEO 16 Reduce relations: −4.0 (Armenia's freeze of its
			// CSTO participation). The fact names no agreement invoked.
			ID: "gr-rus-csto-clarify", Claimant: RUS, Respondent: ARM,
			Raised:   date("2024-02-23"),
			Issue:    relations.Alignment,
			Severity: cameoWeight("16"),
			Summary:  "The Kremlin spokesman and Russia's MFA asked Armenia to explain its 'freeze' of CSTO participation through bilateral channels.",
			Source:   cite("gr-rus-csto-clarify"),
		},
		{
			// CAMEO 166 Expel or withdraw (Armenia asks the guards to
			// leave): −7.0.
			ID: "gr-rus-zvartnots-unfriendly", Claimant: RUS, Respondent: ARM,
			Raised:   date("2024-03-06"),
			Issue:    relations.Alignment,
			Severity: cameoWeight("166"),
			Invokes:  relations.Invocation{Agreement: "ARM-RUS-1992-border-guards", Obligation: relations.BorderProtection},
			Summary:  "Russia's MFA called Armenia's request to remove the Russian border guards from Zvartnots airport one more 'unfriendly' step.",
			Source:   cite("gr-rus-zvartnots-unfriendly"),
		},
		{
			// Raised: month approximate in the source ('late last month').
			// CAMEO 11 Disapprove: −2.0 (Armenian officials siding with a
			// Ukrainian initiative).
			ID: "gr-rus-food-security-rebuke", Claimant: RUS, Respondent: ARM,
			Raised:   date("2024-09"),
			Issue:    relations.Alignment,
			Severity: cameoWeight("11"),
			Summary:  "Zakharova rebuked Armenian officials for joining a pro-Ukraine video conference on food security, pointing out that most of Armenia's grain comes from Russia (90%, by her account).",
			Source:   cite("gr-rus-food-security-rebuke"),
		},
		{
			// CAMEO 190 Use conventional military force: −10.0 (Russian air-defence fire on the
			// airliner, as Baku holds; Putin's apology of 28 Dec 2024 did not
			// admit a shoot-down). Kept open: no fact records Azerbaijan's
			// demands as met.
			ID: "gr-aze-azal", Claimant: AZE, Respondent: RUS,
			Raised:   date("2024-12-25"),
			Issue:    relations.Incident,
			Severity: cameoWeight("190"),
			Summary:  "Aliyev demanded that Russia acknowledge responsibility for the crash of AZAL flight J2-8243, punish those responsible and pay compensation, and accused Moscow of spreading 'absurd versions' to hide the cause.",
			Source:   cite("gr-aze-azal"),
		},
		{
			// CAMEO 16 Reduce relations: −4.0 (closure of Russian state
			// institutions in Baku).
			ID: "gr-rus-aze-media-closures", Claimant: RUS, Respondent: AZE,
			Raised:   date("2025-02"),
			Issue:    relations.Diplomatic,
			Severity: cameoWeight("16"),
			Summary:  "Azerbaijan closed the Russian House and the Sputnik Azerbaijan office in Baku; the Kremlin played it down.",
			Source:   cite("gr-rus-aze-media-closures"),
		},
		{
			// Raised: month precision; the exact day is not in the source.
			// CAMEO 17 Coerce: −7.0 (hostile pressure short of force; the
			// table has no code for influence operations, and 17 is the
			// nearest).
			ID: "gr-arm-hybrid-war", Claimant: ARM, Respondent: RUS,
			Raised:   date("2025-05"),
			Issue:    relations.Information,
			Severity: cameoWeight("17"),
			Summary:  "Shortly before 9 May 2025 Armenia accused Russia of waging a hybrid war against it.",
			Source:   cite("gr-arm-hybrid-war"),
		},
		{
			// SEED-ONLY: the essay's claim, not verified.
			// CAMEO 111 Criticize or denounce: −2.0 (Armenia portrayed to
			// Russians as an adversary).
			ID: "gr-seed-aze-lobbying", Claimant: ARM, Respondent: AZE,
			Raised:   date("2025"),
			Issue:    relations.Information,
			Severity: cameoWeight("111"),
			Summary:  "Azerbaijan funds Russian experts and academics who portray Armenia as Russia's adversary and Azerbaijan as its friend (essay only).",
			Source:   cite("gr-seed-aze-lobbying"),
		},
	}
}

// cameoWeight returns the Goldstein weight of a CAMEO code from
// [relations.Goldstein]. A code the table lacks is a mistake in this
// program's data and panics; the test suite builds every grievance.
func cameoWeight(code string) float64 {
	w, ok := relations.Goldstein(code)
	if !ok {
		panic(fmt.Sprintf("caucasus: CAMEO code %q is not in the Goldstein table", code))
	}
	return w
}
