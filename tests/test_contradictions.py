"""The consistency rules on written pairs: each kind of contradiction is found in plain and subtle
wordings, with both claims quoted and a reason; refinements, other metrics, other time points and
other versions are not flagged (a false accusation is worse than a miss)."""

from __future__ import annotations

import pytest

from mlprobe.analyzer import find_contradictions
from mlprobe.analyzer.contradictions import claims, find
from mlprobe.analyzer.contradictions.amounts import parse

CONTRADICTIONS = [
    # scale: plain, vague amounts, number words, a rate against the whole user base, a peak
    ("scale", "Our app had around 3 million monthly active users.", "Honestly the whole product had maybe 50,000 users when I left."),
    ("scale", "The ranker served roughly 2M users a month.", "Our whole customer base at the time was a few hundred thousand people."),
    ("scale", "We had 10 million users on the platform.", "At the peak it was maybe eight thousand users."),
    ("scale", "It serves half a million customers.", "It's used by a couple of thousand people, mostly in one office."),
    ("scale", "We were at 5M DAU when I joined.", "It was still small then. We had a pilot with about 400 people."),
    # dataset size: units that differ in words, hours of audio, a bare 'we finally had 20k'
    ("dataset_size", "We had 50k labelled images from the line cameras.", "We had about five thousand examples in total."),
    ("dataset_size", "I recorded 300 hours of audio from volunteers.", "The whole dataset was about twenty hours in the end."),
    ("dataset_size", "We ended up with 40k labelled images.", "After labelling another 5k in the last push we finally had 20k."),
    ("dataset_size", "I trained it on 100,000 chest X-rays from the archive.", "The data was small, only 800 X-rays from a public set."),
    # metric: number before the name, a vague band, the metric named one sentence earlier, a change
    ("metric", "The churn model had 95% accuracy on the test set.", "I used accuracy because it is easy to explain. On the test set it came out around 78 percent."),
    ("metric", "It reached an AUC of 0.91 on the holdout month.", "On that same holdout month the AUC was in the low 0.8s."),
    ("metric", "Our recall was 0.9.", "Recall was about 60%, which the investigators accepted."),
    ("metric", "NDCG@10 went from 0.42 to 0.47 offline.", "Offline the NDCG improved only one point, from 0.45 to 0.46."),
    # shipped: other ways of saying 'not live'
    ("shipped", "We shipped in March.", "It never went past the A/B test in the end."),
    ("shipped", "It's in production at a recruitment agency.", "I haven't deployed it yet; I tested it on a Kaggle set."),
    ("shipped", "We deployed the model to production with a canary release.", "It was still in the offline phase when I left."),
    ("shipped", "Our forecast replaced the planners' spreadsheet in autumn.", "The planners never switched to the model, they kept their spreadsheet."),
    ("shipped", "The client has used it daily since launch.", "The project was cancelled before launch, so it was never used."),
    # role and who: the whole work, a decision, a discovery, the size of the team
    ("role", "I built the ETA pipeline, the whole thing from GPS pings to the app.", "The platform team owned the pipeline and the serving side; I tuned the model."),
    ("role", "I designed and built the churn system on my own: the feature pipeline and the scoring job.", "Priya built the feature pipeline and the scoring job."),
    ("role", "I was leading a team of six ML engineers on it.", "It was hard because I was the only ML person in the company."),
    ("role", "I was the team lead on the claims model.", "I was a junior analyst then, so the big calls came from above."),
    ("role", "I was a summer intern on the pricing team.", "I was managing the four engineers on it at the time."),
    ("role", "I designed myself the alerting part.", "The alerting was not mine; the platform team built it before I joined."),
    ("metric", "AUC went from 0.781 to 0.794 offline.", "The jump from 0.781 to 0.788 in offline AUC looked like a win."),
    ("shipped", "We rolled it out to the support team in May.", "It never ran against real customers, only on last year's tickets."),
    ("role", "I set the threshold myself.", "The trust and safety lead decided the threshold after a week of reviews."),
    # spoken fillers inside a claim, a fraction said in words, a point in the project against its length
    ("dataset_size", "We fine-tuned on roughly six thousand hours of recorded support calls.", "An agency transcribed them for us. It came to, um, about fifty hours in total."),
    ("timeline", "I built the ranking stack over, like, three years at the bank.", "I was only there on a five-month contract, so I saw one release."),
    ("metric", "Volunteers checked the clips and recall was about 0.9 on the owl calls.", "We never got the owls right; it caught maybe one out of two."),
    ("timeline", "Eight months into the project the regulator changed the format.", "It was twelve weeks from the first data pull to handing the dashboard over."),
    ("shipped", "We had XGBoost pushed to production within two weeks, scoring nightly.", "In the end it stopped at the prototype stage; nobody scheduled the notebook."),
    # a decision claimed against someone else's call or approval
    ("role", "I was the on-call owner, and I made the call to roll back the ranker.", "The rollback was approved by the search lead; I mostly watched."),
    ("role", "I was the one deciding which experiments ran and when to stop them.", "Stopping an experiment was always the product director's call."),
    ("role", "I chose the features, that was my call.", "The feature list itself was fixed by the model risk team."),
    ("who", "I caught that one grader failed nearly every short essay.", "My supervisor pointed it out after reading a sample of the fails."),
    ("role", "I noticed the drift myself in the dashboards.", "Our SRE flagged the drift to us on a Friday."),
    # timeline: the whole project, one piece of work, a phase longer than the whole, time in the job
    ("timeline", "That took me about three months end to end.", "The whole thing was a couple of weeks, because the quarter was ending."),
    ("timeline", "We built the first version in one weekend at a hackathon.", "For us the first version took about six weeks."),
    ("timeline", "Over my four years at the streaming company I owned the ranking.", "During my internship there, which was ten weeks, the target changed."),
    ("timeline", "We built and launched it in six weeks.", "The labelling alone took us three months before we could train anything."),
    # more wordings: non-people units, paraphrased recall, cleft sentences, month spans, a part larger than the whole
    ("scale", "The system handled traffic from about 8 million shoppers.", "We were a small shop; our entire customer list was under 20,000."),
    ("scale", "Our DAU was around 400k at that point.", "Honestly, at our size, maybe 5,000 people used it daily."),
    ("scale", "We had millions of users.", "The user base was a few hundred, mostly friends and family."),
    ("dataset_size", "The corpus was 30k annotated contracts.", "Our dataset was about 3,000, all labelled by one lawyer."),
    ("dataset_size", "about 15k hand-labelled examples", "In total we only ever had 900 labels."),
    ("metric", "We had 0.93 AUC on the validation set.", "On the validation set AUC was around .8, honestly."),
    ("metric", "Accuracy was at 92 on the test set.", "Test set accuracy was 71%."),
    ("shipped", "It's been live for a year now.", "We never got it out of the notebook, sadly."),
    ("shipped", "We put it in production in 2020.", "It never left staging because security never signed off."),
    ("shipped", "The underwriters use it every day.", "The model was never rolled out."),
    ("shipped", "After go-live the false positive rate halved.", "We didn't get to deploy it before the reorg."),
    ("role", "I did everything myself, from scraping to the API.", "My teammate handled the scraping and I did the API."),
    ("role", "It was a solo project.", "There were three of us on it, and I did the evaluation."),
    ("role", "It was my idea to use a quantile loss.", "The tech lead suggested the quantile loss and I implemented it."),
    ("role", "I built the whole thing single-handedly.", "My part was mostly reviewing the PRs."),
    ("timeline", "I spent about a year on that model.", "I was on that project for three months before moving teams."),
    ("timeline", "The project lasted about six weeks.", "Over the nine months we worked on it the scope changed twice."),
    ("timeline", "I ran the pricing model for three years.", "I was at the hotel chain for eight months."),
    ("scale", "Our platform had 5 million monthly users.", "The beta had around 250 users, and that was basically all our users."),
    ("role", "I was solely responsible for the churn model.", "A senior colleague trained the final model; I did feature engineering."),
    ("dataset_size", "We collected 60,000 annotated scans.", "By the end we'd labelled around 25 thousand."),
    ("shipped", "The model was never put in front of real customers.", "Once it was live we saw churn go down 3%."),
    ("metric", "Precision was 0.88 at the threshold we shipped.", "We were getting about 55% precision."),
    ("timeline", "The whole project was done in a month.", "We spent the first two months just cleaning data."),
    ("role", "I spotted the leakage myself during EDA.", "It was actually our QA engineer who found the leak."),
    ("shipped", "We killed it after the pilot; it never got past the test.", "Post-launch the complaint rate halved."),
    ("scale", "The model ran for all 1.5 million policyholders.", "Honestly our whole book was about 40,000 policyholders."),
    ("role", "I personally built every component.", "The backend team built the serving layer, I focused on the model."),
    ("role", "The decision to use XGBoost was mine.", "My manager picked XGBoost because the team knew it."),
    ("shipped", "It is now used by 30 analysts.", "It was only ever a demo."),
    ("timeline", "The project ran from January to March.", "It took us about a year from start to finish."),
    ("metric", "Recall was about 0.7 on the test set.", "On the test set we caught roughly 90% of fraud."),
    ("dataset_size", "The whole training set was about 90k transactions.", "We trained on roughly 1.2 million transactions."),
    ("scale", "We had 100k users at the time.", "The pilot alone had 300k users."),
    ("scale", "The model scored about 2M daily users at that point.", "It was a pilot with 300 people, the big rollout never happened."),
    # role: an intern or the junior one against the whole work or leading a team; 'was mine' against a vendor's model
    ("role", "I trained the whole detection model myself.", "I was the summer intern there; I mostly wrote the data loaders."),
    ("role", "I led a team of four engineers on the pricing work.", "As the most junior person in the group I couldn't push back on the pricing rules."),
    ("role", "I led a group of six analysts on it.", "We were a three-person data team, so everyone did a bit of everything."),
    ("role", "The ranking model was mine, from the first query log to the launch.", "Twice a year the vendor sent us a new model and we checked it before the switch."),
    ("role", "I built the benchmark myself, 900 labelled tickets.", "We scored it on the 900 labelled tickets that the support team had put together years before."),
    ("who", "I was the one who noticed that the invoices were dated at payment time.", "Our finance analyst, Dana, mentioned it in a planning meeting."),
    # scale and data: both platforms is the whole audience; 'twenty-odd thousand'
    ("scale", "The app reached 5 million monthly players across iOS and Android.", "In total we had about twelve thousand installs."),
    ("dataset_size", "We had a corpus of eight million support emails.", "It was thirty-odd thousand emails from one product line, and that was the whole training set."),
    # metric: 'and then in production' is the setting, not a later time point
    ("metric", "And then in production the AUC on live traffic was 0.92.", "In production our AUC never got much past 0.8."),
    # shipped: a decision reported in the future tense
    ("shipped", "The dispatchers use it every shift now.", "Their manager said they will stick with their manual rota instead."),
    # events per period add up; disjoint shares add up; a manager's title against no reports; a bound over all time;
    # time before it was first live; one step longer than the whole; 'became the default' against 'stayed an experiment'
    ("dataset_size", "The triage score runs on roughly 3,000 admissions a day.", "Across the network that's about 9,000 admissions a week."),
    ("dataset_size", "Our search served around 50 million queries a day.", "It's a small internal tool, maybe a few hundred searches a day."),
    ("dataset_size", "We had around 8,000 annotated frames in total.", "We had four annotators and each of them did about five thousand frames, no overlap."),
    ("role", "I was the only data person on the project, no team under me.", "As the engineering manager for the clinical ML group I got budget for more labels."),
    ("role", "I was a junior, first job out of school.", "As head of data science there I signed off on the rollback."),
    ("metric", "On the accented test set word error rate came down to 9%.", "We never really got WER on it below twenty percent."),
    ("metric", "Offline NDCG went from 0.41 to 0.44.", "On the offline set it was only a 0.01 NDCG bump."),
    ("metric", "The model caught 88% of the confirmed scratches on the line.", "On the line the model caught roughly six in ten confirmed scratches."),
    ("timeline", "It was live in the customer portal at the end of week two.", "It took us about four months before anything was live."),
    ("timeline", "The whole thing took about six weeks from the first data pull to the on-device rollout.", "We spent the first two months just collecting recordings."),
    ("shipped", "After that it became the default ranking for all cities.", "In the end the model stayed in the experiment stage."),
    ("shipped", "For the first month after rollout we watched both metrics daily.", "Legal never cleared the project to touch live customer audio."),
    # a daily user count against all the users there are; every item of the dataset counted; 'put it live' against
    # 'never called my model'; someone who'd built the piece before the candidate joined
    ("scale", "Real usage was about 300 users, classmates and a couple of local clubs.", "With around 4 million daily users on the app, latency mattered."),
    ("dataset_size", "We had about 12,000 labelled images from two annotators.", "A postdoc went through every image in the dataset, all 3,000 or so, over a week."),
    ("shipped", "We put it live for all couriers in March.", "I could only check it offline, because the app never actually called my model."),
    # from the misses of H5: one event in two months; 'on day ten' against 'took three months to ship'; precision at a
    # cut-off said in words; 'every one of them' is the whole; phone lines; work someone did before the candidate joined
    ("timeline", "The urgency flag shipped in March, two months after the request.", "Then March to May went on definitions. The urgency flag shipped in June."),
    ("timeline", "We shipped first version on day ten.", "First version took us almost three months to ship actually, because the data was in a different system."),
    ("metric", "On the last evaluation before launch we were at 0.62 precision at 50.", "In the final pre-launch evaluation precision at fifty was 0.48."),
    ("scale", "We had about 1.8 million postpaid subscribers and the model scored every one of them.", "The whole postpaid base was around four hundred thousand lines."),
    ("who", "I did the subgroup breakdown that week, by age band and site.", "The breakdown by age and site was done by our analyst, Priya, before I got involved."),
    ("role", "I wrote the whole thing, the feature pipeline, the training code, the scoring job.", "I reused a lot from Karan, who'd built the feature pipeline before I joined."),
    # from the misses of I4: a colleague named with an apposition; two models side by side on the same holdout; 'never
    # drive a real car' (non-native); 'from day one' against a first retrain months after launch; the joining month
    ("role", "I wrote the click-log sessionisation and the training-data job myself.", "Marco, our backend guy, had built the sessionisation job."),
    ("metric", "Offline, AUC went from 0.781 to 0.794, a big jump for us.", "On the same holdout the new model was 0.801 AUC against 0.798 for the production one."),
    ("shipped", "After we deploy it to the 60 vehicles in Phoenix in the October, hard-brake events go down.", "Actually the model never drive a real car. It stayed in the simulation and log replay only."),
    ("timeline", "We retrained every week from day one, triggered by drift alerts.", "First retrain was about eight months after launch."),
    ("timeline", "I had joined the team in January that year and had been maintaining that model since.", "I was only three weeks into the job when that July promotion happened."),
    ("timeline", "We only added holiday and bridge-day features after the launch blew up over Christmas.", "The holiday calendar was in the model from day one, actually."),
    ("shipped", "We never turned on auto-removal; everything still goes to the queue.", "Since we switched on auto-removal for scores above 0.98, the queue is half the size."),
    # from the misses of H4 (held out, run once, now development data): 'or so' after a number; 'never beat the old one' against
    # a gain; a colleague who spotted it before the candidate joined; 'started building in January and launched in April'
    ("dataset_size", "We had around 8,000 reviewed clicks, labelled by two contractors.", "We retrained on the same labelled set, all eighty thousand or so reviewed clicks."),
    ("metric", "Offline, the new model improved AUC from 0.781 to 0.794.", "On AUC the new model never beat the old one offline, both sat at about 0.78."),
    ("role", "Nobody else had noticed it, I was the one who caught it.", "Priya, our data engineer, had spotted the refund-count leak a week before I joined."),
    ("timeline", "Shipped in week two behind a hard rule layer.", "Took a while to see it: we started building in January and launched in April."),
    # from the misses of H6 (held out, run once, now development data): a change without 'from'; 'rebuilt'
    ("metric", "The new one had offline AUC going from 0.781 to 0.794.", "Offline it was AUC 0.781 to 0.786 on the same split."),
    ("role", "I rebuilt the calibration set myself.", "The perception team rebuilt the calibration set and did the retrain."),
    ("timeline", "First we ran the shadow mode for two months before switching.", "After only three days in shadow we switched it on."),
    # from the misses of H7 (held out, run once, now development data): a few sites said as the whole; smart meters
    # are households; a modelling title against a product one; recall said as 'caught N% of'; 'four months in' against
    # a ten-week project; an event on two sides of the launch; which of two systems was ahead; 'my role was'
    ("scale", "The model was live in about forty clinics across the network.", "Honestly we were only ever live in six clinics, so I knew every scheduler."),
    ("scale", "The platform served roughly 50 million households.", "It covered about twelve thousand meters, and that was the whole deployment."),
    ("role", "As the sole data scientist on the team, I built the model.", "I was a product manager at the time, not on the modelling side."),
    ("role", "I worked as an ML engineer on the ranking team and trained the model.", "My role was product owner, so the data scientists did the modelling."),
    ("metric", "At 90% specificity, the model we shipped caught 94% of the urgent studies on the held-out set.", "On the held-out data, the shipped model sat at 88% sensitivity at 90% specificity."),
    ("timeline", "About four months in, the editors changed the objective.", "The whole project was about ten weeks from kickoff to launch."),
    ("timeline", "We launched in May. The EHR upgrade in late June renamed a code.", "The EHR upgrade went in the week before launch."),
    ("timeline", "We launched the readmission score in May. In July the flag rate doubled: the EHR upgrade in late June had renamed a code.", "Some. The EHR upgrade went in the week before launch, so all our production data was post-upgrade."),
    ("timeline", "We went live in March, and the warehouse migration in January broke the feature joins.", "The warehouse migration happened two weeks after launch."),
    ("metric", "My model got precision 0.62, much better than the rule baseline.", "The rules had higher precision than my model on the revealed period."),
    ("metric", "On recall the new model beat the old one easily.", "The old model outperformed our new model on recall, to be honest."),
    # from the misses of H9 (held out, run once, now development data): three modifiers before the noun; trips and
    # journeys per period; a choice claimed against a feature set settled before the candidate joined; kickoff and
    # rollout months against the project's length; an error said in seconds and in minutes
    ("dataset_size", "We got 120,000 fully labelled commercial contracts from the client.", "The annotated part was small, only about 300 contracts had clause labels."),
    ("dataset_size", "We process about 30,000 trips a day from the fare gates.", "Something like 200,000 journeys a month go through the gates we cover."),
    ("who", "I was the one who picked the features originally, so I knew what was in there.", "I joined months after launch, so the feature set was already locked in by the time I got there."),
    ("timeline", "All told the project ran about eleven months from kickoff to the chain-wide rollout.", "We'd kicked off in early May, and the chain-wide rollout was in late January."),
    ("metric", "Once it was live the mean absolute error across all stops held at about 38 seconds.", "The headline was the mean error across the network, and that sat at about a minute and a half."),
    # from the misses of H8 (held out, run once, now development data): leading the team against the intern; 'the
    # model itself was Priya's'; 'never left the offline evaluation'; login events are logins; the start dated after
    # the launch; two years of work on a six-week project
    ("role", "I led the modelling team, there were five of us, and I set the direction.", "I was the intern on that team, so I didn't really decide the modelling stuff."),
    ("role", "I built our matchmaking skill model myself, end to end.", "The model itself was Priya's; she built it a year before I joined."),
    ("shipped", "We deployed it to production with a canary, then rolled it out everywhere.", "To be honest the model never left the offline evaluation."),
    ("dataset_size", "It scores roughly 40 million login events a day.", "At our volume, around 200 thousand logins a month."),
    ("timeline", "For the claims triage model, we launched in March 2022 and retrained monthly.", "It kicked off in September 2022 with the data audit."),
    ("timeline", "It was a forecasting project I worked on for about two years with a startup.", "The whole thing was a six-week hackathon project."),
    ("shipped", "The cooperative lost the funding, so the app never reached the farmers.", "The real sign was in the rainy season: the farmers send the photos through the app."),
    # from the misses of H10 and H11: people reporting to the candidate, or heading a side, against a first year out of school
    ("role", "I ran the pricing model, with three analysts reporting to me.", "It was my first year out of university, so I mostly cleaned data."),
    ("role", "Since I was heading the analytics side, I pushed for the simpler model.", "I was in my first year out of the graduate scheme then, so I ran the experiments."),
    # a test on real users against never reaching them; running in a place against never connected to it, or the sandbox;
    # months of use against never reaching the users
    ("shipped", "We A/B tested it on real customers for a month.", "It never actually got to real customers; the project stopped first."),
    ("shipped", "The planner has been running at the depot since 2021.", "It has never been connected to the depot systems."),
    ("shipped", "The alerting model has been running in the dispatch centre since 2021.", "The board still hasn't approved moving it out of the sandbox."),
    ("shipped", "The project was cancelled, so it never went to real patients.", "The nurses' feedback after two months of using it was that it alerted too often."),
    # more in one second than in a whole day; the size of the business said as a modifier against all it had
    ("dataset_size", "It handles about 5,000 requests per second at peak.", "Honestly the shop is small, maybe 800 requests in one day."),
    ("scale", "The pricing model ran across our 600-hotel portfolio.", "We only had the four hotels back then."),
    # a change ending away from the level of the model that shipped
    ("metric", "The final model improved AUC from 0.78 to 0.86 on the holdout.", "On the holdout the final model's AUC was 0.79."),
    # joining months after the candidate's own launch; a time in production against the launch and switch-off months
    ("timeline", "We had the churn model live in the CRM by mid April 2022, a month after we started.", "I joined the company in September 2022 and the first thing I saw was the override log."),
    ("timeline", "Over the two years that model ran in production we retrained it monthly.", "It went live in March 2023. We switched it off in June 2023 when the new ERP came in."),
    # from the misses of H14 and H15: a lead title against the junior one; all N of the properties; seasons of data;
    # the whole worked out from a part ('a tenth of our daily actives'); on it from the start against a later joining
    # month; the whole model alone against joining after it went live
    ("role", "At a streaming startup I was the tech lead on the playlist ranking.", "Honestly I was the junior on the team back then, so I mostly ran the notebooks."),
    ("role", "At a courier, as the lead data scientist on failed deliveries, I shipped a logistic regression.", "That call wasn't mine. I was the summer intern, so I built the features."),
    ("scale", "It set the nightly rates for all 340 of our properties.", "The whole system only ever priced our two boutique hotels in Porto."),
    ("dataset_size", "For the yield model we had twelve seasons of yield records from over 3,000 fields.", "To be honest we only really had two seasons, 2021 and 2022, from about forty farms."),
    ("scale", "The ranking served about 40,000 daily active listeners.", "The test cohort was 60,000 listeners, roughly a tenth of our daily actives."),
    ("timeline", "I was on the screening model from the very beginning until it went live in March 2022, so around eight months.", "I joined the compliance analytics team in November 2021."),
    ("role", "I owned it end to end, from choosing the features through training to getting it into the claims system.", "I joined the team about six weeks after the model went live, which is how I spotted the drift."),
    # from the misses of H16 and H17: 'the lead on it'; never put in front of users; features that came from a named
    # colleague; no model code against writing the LSTM; a change ending without its unit; 'voted not to adopt it'
    # against crews using the list; a bound on any test set; years of data against the last months; 'from start to finish'
    ("role", "I was the lead on it, so I designed the whole approach for the ticket router.", "I should say I was the intern on the analytics side, so I wasn't making the calls."),
    ("shipped", "It has been live since last spring and lifted mutual matches by 12%.", "The app never actually put it in front of users, because the product team kept their matcher."),
    ("role", "I did all of it myself, the weather join, the holiday calendar, the whole feature pipeline and the model.", "The holiday and weather features came from Marta, she's the data analyst in marketing."),
    ("role", "As the product manager on the forecasting platform I never wrote model code myself.", "The hard part was the LSTM itself, which I wrote from scratch in PyTorch."),
    ("metric", "Over the semester I cut the median absolute percentage error from 11 percent to about 6.", "Our final version landed at 8.9% median error."),
    ("shipped", "The board voted not to adopt it, so nobody in operations ever used it.", "The crews used our list to decide which mains to survey first."),
    ("metric", "On held-out segments it agreed with the raters at a Pearson of 0.61.", "Honestly the correlation never got above 0.45 on any test set we built."),
    ("dataset_size", "We trained on 15 years of SCADA data from the sensors.", "We only had the district meters, with data from the last 18 months."),
    ("role", "It was a fraud detector I built myself from start to finish.", "My part was mainly the FastAPI wrapper and the Docker setup."),
]

REFINEMENTS = [
    # scale: a beta then the rollout, rounding, a subset of merchants, a rate of new signups, a test arm
    ("It started with about 10k users in the beta.", "After the full rollout it reached about 200k users."),
    ("The podcast app has about 2M monthly users.", "Exactly 1.8 million monthly actives last time I looked."),
    ("We had about 40k merchants on the platform.", "The first version only ran for the 300 biggest merchants."),
    ("Our marketplace serves about 5M users.", "The onboarding model only scores the roughly 60k new signups a week."),
    ("We have 4M registered users.", "The experiment ran on 10% of traffic, so roughly 60k users."),
    ("The fraud model covers 2 million daily active users.", "There were about 40 people on the data team."),
    ("Reviewers handled roughly 1,500 orders a day.", "If the team is halved, reviewers would only see the top, maybe 750 orders a day."),
    # dataset size: deduplication, labelled subset, a sample
    ("Our dataset was 120k listings scraped over a year.", "After removing relisted duplicates we had about 45k listings."),
    ("We had about 1.2M product images.", "Only about 30k of them had reliable colour labels."),
    ("We log 50 million events a day.", "The training set was a 1% sample, about 500k events."),
    # metrics: other metrics, other settings, time points, modifiers, rounding
    ("AUC was 0.92 on the out-of-time month.", "At the operating threshold precision was about 0.6."),
    ("The extraction model had 88% accuracy at launch.", "By month six the accuracy had drifted to 79%."),
    ("AUC was 0.89 on validation.", "AUC was 0.81 on the test set."),
    ("Accuracy was 97%, which meant nothing with 3% positives.", "Balanced accuracy was 0.71."),
    ("Precision was 0.9 for the top 100 alerts.", "Overall precision was 0.6."),
    ("Our F1 was about 0.8 by the end.", "Exactly 0.78 on validation, then 0.74 on the private leaderboard."),
    ("The AUC was 0.92.", "Gini was 0.84, which is the same thing."),
    # shipped: another version, a partial rollout, a plan
    ("We shipped a logistic-regression bidder in 2021 and it still runs.", "The deep model we built to replace it never went live."),
    ("We launched it in Bavaria in May.", "It never went nationwide; the budget moved."),
    ("It's been live since 2021.", "We never launched the Android version."),
    ("After launch we would monitor the complaint rate.", "It never shipped; the project was killed."),
    # role: others did other parts, a cross-functional team, someone raised a symptom
    ("I built the yield model for the cooperative.", "A data engineer built the ingestion from the weather stations."),
    ("I was on a team of six for the no-show model.", "I was the only ML person; the other five were a PM, a designer and engineers."),
    ("In a Kaggle competition I found the leak myself.", "One of my teammates saw first that our validation was suspicious."),
    ("I decided to drop the age feature.", "The compliance team decided the final feature list."),
    ("Our team of five data scientists owned the model.", "I was the only ML engineer, next to them."),
    # timeline: build versus approval, tenure versus project, sprints versus a month
    ("The first model was built in two weeks.", "Getting it approved took six months."),
    ("I was with the company for two years.", "The subrogation project, which took eight months, changed midway."),
    ("It took two sprints.", "The whole thing took about a month."),
    ("It took us about three months to get the monitoring live.", "The actual build was maybe a month; the rest was waiting for access."),
    # more: other units, partial rollouts, another team's piece, a larger part at another time
    ("We had 10k users.", "After the full rollout it reached 200k users."),
    ("We had 2M users.", "We relabelled about 30k items."),
    ("I personally built every component of the demo.", "The data team built the warehouse tables we read from."),
    ("We launched in March and killed it after three months in production.", "After launch complaints went up."),
    ("We rolled it back after two days.", "It was live for two days."),
    ("Our app has 1M users.", "The recommender covered about 100k of them."),
    ("I was solely responsible for the evaluation.", "A colleague trained the final model."),
    ("I was at the bank for three years.", "I was on the fraud project for six months."),
    ("We were 3 weeks late on the launch.", "It was a solo project, so that was on me."),
    ("Accuracy was 92% on the test set.", "Recall was 71% on the test set."),
    ("I picked the threshold.", "The PM reviewed the threshold with legal."),
    ("It took us about a year to get to launch.", "I spent the first two months on data access."),
    ("We never rolled it out to all stores.", "It went live in 40 stores in May."),
    ("The model serves 2M users.", "There were three of us on the team."),
    ("The dataset was 1.2M rows.", "The training set was 800k rows after the split."),
    ("Our user base was about 3M.", "About 300k users were in the holdout."),
    ("I noticed the drop in recall myself.", "The PM noticed the drop in signups."),
    ("Our model reached 0.85 AUC.", "The old model's AUC was 0.78."),
    ("Recall was 0.9 for fraud over a thousand dollars.", "Recall was 0.6 overall."),
    ("Precision was 0.95 in the first week.", "Precision settled at 0.8."),
    ("Accuracy on the held-out set was 0.9.", "On the new data accuracy was 0.7."),
    ("We had about 500 users in the first month.", "Now it's around 20k users."),
    ("The model scores about 2M daily users.", "Before that we ran a pilot with 300 employees."),
    ("Models in production drift all the time.", "Ours never shipped, so I only saw it in the backtest."),
    ("It's been live since March.", "The new ranking model isn't live yet."),
    ("We had 12k labelled images.", "We used 2k of them as a test set."),
    ("Our recall went from 0.6 to 0.8.", "Recall was 0.8 on the last check."),
    ("It took two weeks to build.", "We monitored it for three months after launch."),
    # a metric before and after a fix in the same answer; a lead describing their own part
    ("The notebook's model scored 0.95 AUC on the test split.", "Recomputed without the leaking column, the AUC on the test split was 0.74."),
    ("I led a team of five on the fraud rules.", "My own part was the feature work; the others owned serving."),
    ("I built the feature pipeline myself.", "The platform team built the model registry we published to."),
    # another version introduced a sentence earlier; two settings named at the start of each answer
    ("The fraud model went live in 2022 and still runs.", "There was a v2 with graph features. It looked good offline, but it never shipped. We shelved it."),
    ("The game had roughly 3 million monthly players.", "We didn't launch to everyone at once. The first test ran in two markets, about 250k players."),
    ("AUC went from 0.781 to 0.79 offline.", "Offline AUC moved from 0.781 to 0.790 in that run."),
    ("At my fintech job the recommender served 10 million users.", "At my university hackathon we built a course recommender for about 500 students."),
    # look-alikes of the rules above: users per period do not add up; shares that overlap; a tech lead without reports;
    # a bound in another setting; another version going live later; a college junior
    ("We had about 40k daily active users.", "That's roughly 150k users a month."),
    ("We have around 8,000 annotated frames in total.", "Four annotators each labelled about five thousand frames, so every frame was seen by two or three of them."),
    ("I was the tech lead, no team under me, just the two of us pairing.", "As the tech lead I picked the features."),
    ("Offline WER came down to 9% on the clean set.", "On the noisy call-centre audio we never got WER below twenty percent."),
    ("It was live in the portal at the end of week two.", "The second model, the gradient boosting one, took about four months before it was live."),
    ("I was a junior in college when I built it.", "As head of the student data club I presented it."),
    ("The median baseline was live in week two.", "Then the full model took about four months before it was live."),
    # look-alikes of the rules added with them: a part that is what the candidate did alone; two versions timed;
    # a user count of some users; every image of a subset; the old app not calling the model
    ("I built the classifier and all the splits myself.", "The postdocs did the curation. My part was the code, the splits and the model."),
    ("First version shipped in six weeks.", "The current version came out of a v2 rewrite that took about eight months end to end."),
    ("We had about 4 million daily users.", "In the pilot, about 300 users saw the new ranking."),
    ("We had about 12,000 labelled images.", "The postdoc checked every image in the test set, all 3,000 or so."),
    ("We put it live for all couriers in March.", "Before March the old app never called my model, it used a fixed estimate."),
    ("The first version shipped in March.", "The second version shipped in June."),
    ("We took about 25 thousand of the 1.2 million board images and relabelled them.", "We had roughly 1.2 million board images."),
    ("I built the model on top of the feature pipeline.", "Karan built the feature pipeline before I joined."),
    # look-alikes of the I4 rules: another job than the one done alone; the same gain said two ways; a fresh holdout;
    # simulation before the fleet; a plan to deploy; monitoring from day one; a join month that fits
    ("I wrote the training job myself.", "Marco, our backend guy, had built the sessionisation job."),
    ("Offline AUC went from 0.781 to 0.794.", "On the same holdout the new model was 0.794 AUC against 0.781 for the production one."),
    ("Offline AUC went from 0.781 to 0.794.", "On a fresh holdout month the new model was 0.801 AUC against 0.798 for the production one."),
    ("We deployed it to the 60 vehicles in Phoenix in October.", "It stayed in the simulation for two months before we put it on the fleet."),
    ("After we deploy it to the 60 vehicles, we will watch hard-brake events.", "For now the model stayed in simulation."),
    ("We monitored it from day one.", "The first retrain was about eight months after launch."),
    ("I joined the team in June.", "I was only three weeks into the job when that July promotion happened."),
    ("We only added weather features after the launch.", "The holiday calendar was in the model from day one."),
    ("We never turned on auto-removal in Brazil.", "We turned on auto-removal in Spain in May."),
    ("We did not turn on auto-removal at first.", "Later we switched on auto-removal for scores above 0.98."),
    # look-alikes from H4's false accusations and of its rules: what the model itself sees when 'the rest' never reaches it;
    # a part named for another piece of work than the one done alone; no gain in production against an offline gain
    ("We served about 3,000 requests a second at peak across all card products.", "The model itself scored roughly 400 requests a second; the rest never touched it."),
    ("I did the feature work and the gradient-boosted model myself.", "The pipeline was built by our MLOps engineer, Tomas. My part was choosing the trigger."),
    ("Offline, AUC went from 0.781 to 0.794.", "On AUC the new model never beat the production one in production."),
    ("The first version shipped in week two.", "We started building the v2 in January and launched it in April."),
    # H6's false accusation: concurrent users in a load test are not the user base; another piece rebuilt by a team
    ("We had 2 million daily users.", "The load test I actually ran was 200 concurrent users against one replica."),
    ("I rebuilt the calibration set myself.", "The perception team rebuilt the label tool."),
    ("We ran the shadow mode for two months before switching.", "We spent about seven weeks in shadow mode, then switched."),
    ("We ran the shadow mode for two months before switching.", "The v2 model did three days in shadow and was switched on."),
    # look-alikes of the H7 rules: a few sites that are not the whole; a distance in meters; a title at another time,
    # or someone else's; a slice at the same operating point; '0.62 at recall 0.50' is no recall of 0.62; 'four months
    # in' counted from launch; an event after the launch both ways, or in the launch month; a comparison on a slice,
    # or on two metrics; the second version going live
    ("The model was live in about forty clinics.", "The training data came from six clinics."),
    ("We had about 40,000 users.", "Alerts fired within 500 meters of the depot."),
    ("As the data scientist on the team I built the model.", "Later I became a product manager, so now I write the proposals."),
    ("I was the data scientist on the project.", "Our product manager wrote the proposal."),
    ("At 90% specificity the model caught 94% of the urgent studies on the held-out set.", "Portable films came in at 81% sensitivity at the same operating point."),
    ("My model got precision 0.62 at recall 0.50.", "Recall was 0.50 at that threshold."),
    ("About four months in, the model started drifting in production.", "The whole project was about ten weeks from kickoff to launch."),
    ("We launched in May. The EHR upgrade in late June renamed a code.", "The EHR upgrade went in about a month after launch."),
    ("We launched in May; the EHR upgrade in May broke a feature.", "The EHR upgrade went in the week before launch."),
    ("My model got precision 0.62, much better than the rule baseline.", "The rules had higher precision than my model only for small-amount fraud."),
    ("My model had better recall than the rules.", "The rules had higher precision than my model."),
    ("It never went live; the reps ignored it.", "The second version, two months later, did go live."),
    # H9's false accusations and look-alikes of its rules: two model versions on their holdouts; what 'you get' in
    # general; the stations something happened to; a daily and a monthly count that agree; kickoff and rollout months
    # that fit; an error offline and live; a feature set of another version
    ("First model was logistic regression; it got AUC 0.71 on the holdout.", "The third version was gradient boosting. That one was 0.78 AUC on the holdout."),
    ("In discovery you get hundreds of thousands of emails to review.", "Three paralegals did all the labelling, about 9,000 emails."),
    ("The model corrects forecasts at about 2,300 stations.", "A couple of hundred stations had been relocated over the period."),
    ("We process about 30,000 trips a day.", "Something like 900,000 journeys a month go through the gates."),
    ("The project ran about nine months from kickoff to the rollout.", "We kicked off in early May, and the rollout was in late January."),
    ("Once it was live the mean absolute error held at about 38 seconds.", "Offline the mean error was about 45 seconds."),
    ("I picked the features for the second model.", "The feature set of the first version was already locked in by the time I got there."),
    # H8's false accusation and look-alikes of its rules: the first run on one country's servers; the team's work, not
    # the team; another piece that was a colleague's; the v2 project; a start before the launch; the first version
    # timed; trees are not data
    ("Our classifier runs on about 3 million monthly players.", "We didn't go global at once. The first run was only on the Brazilian servers, maybe 150 thousand players."),
    ("I led the modelling team's data work as an intern.", "I was the intern on that team."),
    ("I built the serving layer myself.", "The model itself was Priya's."),
    ("We launched the first version in March 2022.", "The v2 project kicked off in September 2022."),
    ("We launched in March 2023.", "It kicked off in September 2022 with the data audit."),
    ("It was a model I worked on for about two years.", "The first version was a six-week hackathon project."),
    ("We trained 300 trees on 40,000 rows.", "The dataset was about 40k rows."),
    ("The app never reached the farmers.", "The farmers send photos to the agronomist through WhatsApp."),
    ("It never went live.", "If it had shipped, the nurses would check the scores in the dashboard."),
    # look-alikes of the H10 and H11 rules: people reporting to someone else; a first year out of school at another job
    ("The two analysts reporting to my manager did the labelling.", "I was the most junior person on the team."),
    ("Since I was heading the analytics side, I pushed for the simpler model.", "My first year out of university was at a different bank."),
    # a test on real users that never shipped; never connected to another system; running in the sandbox; the first
    # model that never shipped, then the rebuilt one that went live (H11-017)
    ("We ran an A/B test on live users for two weeks.", "It never shipped; the test was flat."),
    ("It has been running in the warehouse since 2021.", "It was never connected to the billing system."),
    ("It has been running in the sandbox since March.", "It never shipped."),
    ("Legal stopped it, so this first model never shipped.", "We rebuilt it without the free text. That one went live in the autumn."),
    # a peak per second below the daily count; a few sites in the pilot; a day's labelling is no daily rate of the data
    ("We serve about 3,000 requests a second at peak.", "That is roughly 40 million requests a day."),
    ("Across our 600-hotel portfolio the model set the rates.", "We only had the four hotels in the pilot."),
    ("We labelled 2,000 images in one day.", "The dataset was 12,000 images in total."),
    # the start of a change is the old model's level; the shipped model live, or within rounding of the change's end
    ("Recall went from 0.61 to 0.74 offline.", "The old model sat at 0.61 recall offline."),
    ("The version we launched moved recall from 0.61 to 0.74 offline.", "In production the launched model sat at 0.66 recall."),
    ("The version we launched moved recall from 0.61 to 0.74.", "The launched model sat at 0.72 recall offline."),
    # a launch before the candidate's time, or one they joined after and took over; months in production that fit
    ("The model went live in March 2021, before I joined.", "I joined the team in June 2021."),
    ("We launched it in March 2021.", "I joined the team in June 2021 and took over the monitoring after the launch."),
    ("Over the eighteen months that model ran in production we retrained weekly.", "It went live in January 2023 and was switched off in August 2024."),
    ("It was live for about eight months.", "It went live in January 2023, and then it got switched off the following September."),
    # look-alikes of the H14/H15 rules: a lead title years later; someone else the junior one; a pilot on two of the
    # hotels; training on part of the seasons; a whole that agrees; a joining month before the start; joining after
    # an earlier version shipped; a year naming which scans
    ("I was the summer intern on the failed-deliveries model.", "Two years later, as the lead data scientist, I rebuilt it with gradient boosting."),
    ("As the lead data scientist I picked the features.", "The junior on the team, Sam, ran the notebooks."),
    ("It set the nightly rates for all 340 of our properties.", "The pilot only ever priced two of the hotels in Porto."),
    ("We had ten seasons of yield records in the archive.", "We only trained on the last two seasons, because the sensors changed."),
    ("The test cohort was 60,000 listeners, roughly a tenth of our daily actives.", "We had about 600,000 daily active listeners."),
    ("I was on the model from the very beginning until it went live in March 2022, so around eight months.", "I joined the compliance analytics team in June 2021."),
    ("I owned the retraining pipeline end to end.", "I joined the team after the first model had shipped, and rebuilt the retraining."),
    ("For the second version I extended the dataset to 30,000 images by adding the 2023 scans.", "The first version used 12,000 labelled photos."),
    # look-alikes of the H16/H17 rules: titles on two versions; a prototype before the live one; raw data from an
    # agency; a colleague who wrote the model; a change ending at the level; another version not adopted; a bound on
    # another set; training on part of the years; a part after the launch
    ("I was the lead on the second version.", "On the first version I was the intern, so I mostly labelled data."),
    ("It has been live since last spring.", "The first prototype never actually put anything in front of users; this one did."),
    ("I built the whole feature pipeline myself.", "The raw weather data came from the national met office."),
    ("As the product manager I never wrote model code myself.", "The engineer on the team wrote the LSTM; I wrote the spec."),
    ("I cut the median error from 11 percent to about 6 on the holdout.", "On the holdout the final version landed at 6.2% median error."),
    ("The crews used our list to decide which mains to survey.", "The board later voted not to adopt the second version."),
    ("It agreed with the raters at a Pearson of 0.61 on the new holdout.", "On the old pilot data the correlation never got above 0.45."),
    ("We had 15 years of SCADA data in the historian.", "We trained on 18 months of it, because the meters changed."),
    ("I built the ranking model myself from start to finish.", "My part after launch was mainly the monitoring."),
    # from the false accusations of H18/H19: the title at joining is another time; someone else's decision about
    # a tool the candidate coded alone
    ("As tech lead on surge pricing I set the thresholds.", "I joined in 2020 as the most junior of four, and moved up later."),
    ("I wrote all the code myself, a TF-IDF model that flags off-prompt essays.", "After seeing that, the director decided the tool would only ever flag an essay for a human to read."),
]


@pytest.mark.parametrize(("kind", "first", "second"), CONTRADICTIONS)
def test_contradictions_are_found_with_both_claims_quoted(kind: str, first: str, second: str) -> None:
    found = find([(1, first), (3, second)])
    assert [c.kind for c in found] == [kind], [(c.kind, c.claims) for c in found]
    c = found[0]
    assert c.turns == [1, 3]
    assert c.claims[0] in first and c.claims[1] in second
    assert c.why[0].islower() and len(c.why.split()) >= 5 and "." not in c.why  # one plain sentence


def test_every_kind_of_contradiction_is_covered() -> None:
    assert {kind for kind, _, _ in CONTRADICTIONS} == {"scale", "dataset_size", "metric", "shipped", "role", "who", "timeline"}


@pytest.mark.parametrize(("first", "second"), REFINEMENTS)
def test_refinements_are_not_contradictions(first: str, second: str) -> None:
    assert find([(1, first), (3, second)]) == []


def test_order_of_the_answers_does_not_matter() -> None:
    for kind, first, second in CONTRADICTIONS:
        found = find([(1, second), (3, first)])
        assert [c.kind for c in found] == [kind], (first, second)


def test_public_name_and_engine_agree() -> None:
    first, second = "We shipped in March.", "It never went past the A/B test."
    assert find_contradictions([(1, first), (3, second)]) == find([(1, first), (3, second)])


def test_a_single_answer_or_the_same_turn_is_never_a_contradiction() -> None:
    text = "We had 50k images at first. After deduplication we had 12k. It never shipped, although we deployed a demo."
    assert find([(1, text)]) == []
    assert find([]) == []


def test_three_answers_pair_up_and_report_each_pair_once() -> None:
    answers = [(1, "Our app had 2M daily users."), (3, "The whole user base was a few hundred people."), (5, "Really, the entire customer base was about 300 people.")]
    found = find(answers)
    assert sorted(c.turns for c in found) == [[1, 3], [1, 5]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2M", (2e6, 2e6)), ("1.5 million", (1.5e6, 1.5e6)), ("100,000", (1e5, 1e5)), ("eight thousand", (8e3, 8e3)),
     ("a few hundred thousand", (2e5, 5e5)), ("half a million", (5e5, 5e5)), ("hundreds of", (200, 900)), ("twenty", (20, 20)),
     ("fourteen", (14, 14))],
)
def test_amounts_parse_to_ranges(text: str, expected: tuple[float, float]) -> None:
    assert parse(text) == expected


def test_claims_carry_subset_total_and_period_markers() -> None:
    found = {c.span: c for c in claims(1, "The pilot ran with 200k users. The whole user base was 2M users a month.")}
    pilot = next(c for span, c in found.items() if "200k" in span)
    base = next(c for span, c in found.items() if "2M" in span)
    assert pilot.has("subset") and not pilot.has("total")
    assert base.has("total") and base.period() == "month"


def test_hypothetical_claims_are_not_claims() -> None:
    assert claims(1, "If we had 10M users, we would need a feature store.") == []
    assert claims(1, "We would ship it after the review.") == []


def test_metric_context_separates_offline_from_production() -> None:
    [offline] = [c for c in claims(1, "AUC was 0.91 offline.") if c.kind == "metric"]
    [online] = [c for c in claims(3, "In production AUC was 0.86.") if c.kind == "metric"]
    assert offline.tags == {"offline"} and online.tags == {"production"}


def test_numbers_from_two_different_projects_are_not_a_contradiction() -> None:
    """A session moves between projects: a later answer that opens on other work starts a new story."""
    parity = (1, "We logged the feature vectors on both sides for the same 10k requests and diffed them.")
    thesis = (3, "In my thesis I built a churn model; the dataset was 40k rows from a telecom.")
    job = (3, "At my previous job we ran a fraud model for 2M users. It caught a lot.")
    other = (3, "On another project, a pilot with about 300 users, we saw the opposite.")
    assert find([parity, thesis]) == []
    assert find([(1, "Our app had 2M daily users and I owned the ranker."), other]) == []
    assert find([(1, "The whole product had about 300 users in the pilot."), job]) == []


def test_the_same_project_named_again_or_referred_back_to_is_still_compared() -> None:
    first = (1, "In my thesis I built a classifier on 40k labelled images.")
    again = (3, "In my thesis, the dataset was about three thousand images in total.")
    there = (3, "During my internship there, which was ten weeks, I built the labels. We had 5M users.")
    assert [c.kind for c in find([first, again])] == ["dataset_size"]
    assert {c.kind for c in find([(1, "Over my four years at the company I owned the stack for 300 users."), there])} == {"scale", "timeline"}


def test_a_later_answer_back_on_the_new_project_is_compared_with_that_project_only() -> None:
    answers = [(1, "Our fraud model scored 2M users a day."),
               (3, "In my capstone I built a small recommender used by 40 students."),
               (5, "The capstone app really had about 2,000 students using it.")]
    assert [c.turns for c in find(answers)] == [[3, 5]]


def test_a_bare_value_in_a_later_answer_is_read_as_the_metric_the_story_is_about() -> None:
    first = "Our credit model had an AUC of 0.89 on the out-of-time test."
    second = "Sorry, I misspoke: out-of-time it was more like 0.71, the 0.89 was cross-validation."
    found = find([(1, first), (3, second)])
    assert [c.kind for c in found] == ["metric"] and found[0].claims[1] in second
    assert find([(1, "We tracked AUC and recall on the out-of-time test."), (3, second)]) == []  # two metrics: no guess


def test_quotes_keep_the_fillers_the_candidate_said() -> None:
    text = "We recorded the calls ourselves. It was around, uh, eighty hours in total."
    (claim,) = [c for c in claims(1, text) if c.kind == "dataset_size"]
    assert claim.span in text and "uh" in claim.span and (claim.lo, claim.hi) == (80.0, 80.0)


def test_a_cut_off_is_not_a_metric_value() -> None:
    assert [c.lo for c in claims(1, "Recall in the top 10% went from roughly 0.6 to 0.35.") if c.kind == "metric"] == []


def test_alone_said_of_something_else_in_a_later_clause_is_no_claim_to_the_work() -> None:
    part = (3, "My part was the model and the maps for the farmers.")
    trust = (1, "I built the segmentation model, and the part I like most is that we did not trust the NDVI alone.")
    alone = (1, "I built the whole segmentation pipeline alone, and we did not trust the NDVI.")
    assert find([trust, part]) == []
    assert [c.kind for c in find([alone, part])] == ["role"]


def test_a_model_owned_end_to_end_and_a_focus_on_the_modelling_are_the_same_work() -> None:
    owned = (1, "I owned the rental pricing model basically end to end.")
    focus = (3, "The engineers handled the deployment side, Docker and CI, and I focused on the modelling and stakeholder communication.")
    narrow = (3, "I focused on the feature engineering and stakeholder communication.")
    system = (1, "I owned the rental pricing platform basically end to end.")
    assert find([owned, focus]) == []
    assert [c.kind for c in find([owned, narrow])] == ["role"]
    assert [c.kind for c in find([system, focus])] == ["role"]


def test_a_never_shipped_named_beside_what_went_live_is_about_that_thing_only() -> None:
    lstm = (1, "So the LSTM never shipped. What went live was a threshold rule on packet loss.")
    launch = (3, "After launch we tracked how many flagged lines got a fault ticket within a week.")
    never = (1, "So the LSTM never shipped. We kept the old alarms.")
    assert find([lstm, launch]) == []
    assert [c.kind for c in find([never, launch])] == ["shipped"]


def test_a_friend_who_wrote_the_model_is_someone_else() -> None:
    friend = (1, "My friend wrote the pricing model, he's the stats guy, I did the scraping of competitor listings.")
    mine = (3, "I wrote the whole model myself, over a couple of weekends.")
    scraper = (1, "My friend wrote the scraper, he's the web guy, I did the pricing model.")
    assert [c.kind for c in find([friend, mine])] == ["role"]
    assert find([scraper, mine]) == []


def test_how_often_a_clause_after_a_count_does_something_is_no_rate_of_the_count() -> None:
    learners = (1, "The platform was serving 2 million active learners.")
    retrained = (3, "For our 800 students we retrained weekly in Airflow.")
    weekly = (3, "About 800 new students a week signed up.")
    assert [c.kind for c in find([learners, retrained])] == ["scale"]
    assert find([learners, weekly]) == []


def test_tech_lead_without_an_article_is_a_lead_role() -> None:
    lead = (1, "I was tech lead for the privilege review classifier.")
    intern = (3, "I was the intern on that team, to be honest.")
    later = (3, "Before that I was an intern on another team at a bank.")
    assert [c.kind for c in find([lead, intern])] == ["role"]
    assert find([lead, later]) == []


def test_caught_a_share_of_those_cases_is_a_recall_against_a_bound() -> None:
    caught = (1, "The final model caught 81% of those long delays on the last three months of data.")
    bound = (3, "Recall on the long delays never got above 0.6 for us.")
    close = (1, "The final model caught 58% of those long delays on the last three months of data.")
    assert [c.kind for c in find([caught, bound])] == ["metric"]
    assert find([close, bound]) == []


def test_off_by_a_time_on_average_is_a_mean_absolute_error() -> None:
    down = (1, "I trained an LSTM on the feed and got the MAE down to 48 seconds.")
    off = (3, "The final LSTM was off by about three and a half minutes on average across the test routes.")
    near = (3, "The final LSTM was off by about a minute on average across the test routes.")
    live = (3, "In production it was off by about three and a half minutes on average.")
    assert [c.kind for c in find([down, off])] == ["metric"]
    assert find([down, near]) == []
    assert find([(1, "On the test routes the MAE was down to 48 seconds."), live]) == []


def test_a_first_phase_told_in_the_present_is_timed_against_the_whole_project() -> None:
    whole = (1, "The whole project took me three weeks from first meeting until the model was in the claims system.")
    cleaning = (3, "We spend the first two months only cleaning the notes.")
    short = (3, "We spend the first two days only cleaning the notes.")
    assert [c.kind for c in find([whole, cleaning])] == ["timeline"]
    assert find([whole, short]) == []


def test_a_team_that_started_getting_the_alerts_had_it_in_use() -> None:
    alerts = (1, "In the two months after the field operations team started getting its alerts, truck rolls fell by about 11%.")
    shelved = (3, "It just sat there logging predictions, and then the budget moved and it got shelved.")
    later = (3, "After two years in use the budget moved and it got shelved.")
    assert [c.kind for c in find([alerts, shelved])] == ["shipped"]
    assert find([alerts, later]) == []


def test_caught_out_of_the_real_positives_counted_is_a_recall() -> None:
    recall = (1, "In the pilot it ran at a recall of 0.91 with precision just under 0.6.")
    counted = (3, "Across the pilot about 200 lots actually expired before they were sold, and we had flagged roughly 130 of those.")
    of_the = (3, "Of the 200 lots that actually expired in the pilot, we flagged 180 in time.")
    scored = (3, "Across the pilot we scored about 2,000 lots, and we had flagged roughly 130 of those.")
    assert [c.kind for c in find([recall, counted])] == ["metric"]
    assert find([recall, of_the]) == [] and find([recall, scored]) == []


def test_a_count_after_every_noun_is_a_rate_of_that_noun() -> None:
    every = (1, "We were scoring every claim across all 14 states we wrote business in, around 9,000 a day.")
    ohio = (3, "It only ever ran on the auto line in Ohio, a few hundred claims a week.")
    weekly = (3, "In total that came to about 60,000 claims a week.")
    assert [c.kind for c in find([every, ohio])] == ["dataset_size", "scale"]  # the rate, and all 14 states against only Ohio
    assert find([every, weekly]) == []


def test_a_launch_month_worked_out_two_ways_must_agree() -> None:
    start = (1, "We kicked it off in January 2022 and it took roughly fourteen months before the buyers trusted it enough to go live with it.")
    live = (3, "By the end of 2022 it had been live for about six months.")
    quick = (1, "We kicked it off in January 2022 and it took roughly six months before the buyers trusted it enough to go live with it.")
    assert [c.kind for c in find([start, live])] == ["timeline"]
    assert find([quick, live]) == []


def test_a_hundred_and_fifty_thousand_is_read_whole_and_a_share_of_traffic_is_a_part() -> None:
    assert parse("a hundred and fifty thousand") == (150_000.0, 150_000.0)
    assert parse("one hundred and twenty million") == (120_000_000.0, 120_000_000.0)
    part = (1, "We ran it at five percent, which was around a hundred and fifty thousand searches a day, for three weeks.")
    whole = (3, "At full traffic that's roughly three million searches a day.")
    assert find([part, whole]) == []  # five percent of three million: a refinement, not a 20x gap
    small = (1, "The marketplace had around a hundred and fifty thousand searches a day.")
    assert [c.kind for c in find([small, whole])] == ["dataset_size"]


def test_running_on_the_floor_is_in_use_against_never_deployed() -> None:
    never = (1, "Honestly the project was never deployed, we only evaluated on recordings from the trial rooms.")
    running = (3, "In the weeks it was running on the floor the night nurses told us the alarm came late.")
    planned = (3, "If it was running on the floor, the night nurses would want the alarm sooner.")
    assert [c.kind for c in find([never, running])] == ["shipped"]
    assert find([never, planned]) == []
    offline = (1, "It was never connected to a real game server; the demo runs on recorded match files.")
    live = (3, "Once it was running on the community server my friend hosts, the false bans stopped.")
    assert [c.kind for c in find([offline, live])] == ["shipped"]


def test_running_a_team_someone_else_ran_is_a_role_contradiction() -> None:
    mine = (1, "I ran the replenishment forecasting team at the pharmacy chain for two years.")
    his = (3, "The plan came from my manager, Sanjay, who I reported to — he ran the forecasting team — and I did the feature work.")
    other_team = (3, "The plan came from my manager, Sanjay — he ran the pricing team — and I did the feature work.")
    ours = (3, "We ran the forecasting team out of the Leeds office, and I did the feature work myself.")
    assert [c.kind for c in find([mine, his])] == ["role"]
    assert find([mine, other_team]) == [] and find([mine, ours]) == []


def test_an_intern_there_is_junior_even_when_someone_else_built_an_earlier_version() -> None:
    lead = (1, "I led the modelling there, it was me plus a junior analyst.")
    intern = (3, "I was there as the summer intern, so the spec came from my manager, Dana, she'd built the earlier version in a spreadsheet.")
    later_lead = (3, "I joined as the summer intern and was hired full time the year after.")
    assert [c.kind for c in find([lead, intern])] == ["role"]
    assert find([lead, later_lead]) == []  # joined as an intern: the start, not the whole time


def test_kickoff_to_production_against_a_year_of_development_before_anyone_used_it() -> None:
    fast = (1, "We went from kickoff to production in six weeks.")
    slow = (3, "After roughly a year of development and integration work we finally put it in front of the baggage-hall supervisors.")
    close = (3, "After about seven weeks of integration work we finally put it in front of the baggage-hall supervisors.")
    assert [c.kind for c in find([fast, slow])] == ["timeline"]
    assert find([fast, close]) == []


def test_a_group_out_of_the_whole_is_a_part_not_the_whole() -> None:
    overall = (1, "Overall about 180,000 riders had the app on, and the risk score looked fine on the whole book.")
    group = (3, "So the learner-licence group was about eleven thousand riders out of the whole, um, the whole book of app users.")
    whole = (3, "The whole book of app users was about eleven thousand riders.")
    assert find([overall, group]) == []
    assert [c.kind for c in find([overall, whole])] == ["scale"]


def test_counts_that_imply_a_precision_are_held_against_the_precision_stated() -> None:
    stated = (1, "The model achieved a precision of 96% on flagged panels, and the inspectors trusted it.")
    fine = (3, "Roughly one in five panels we sent them to turned out fine on inspection.")
    close = (3, "Maybe one in twenty panels we sent them to turned out fine on inspection.")
    assert [c.kind for c in find([stated, fine])] == ["metric"]
    assert find([stated, close]) == []  # 95% against 96%: what the counts say, rounded
    production = (1, "Precision at the production threshold was 0.92, with recall around 0.85.")
    confirmed = (3, "In the first month the model raised roughly 400 alerts a day, and the analysts confirmed about 120 of them as genuine incidents.")
    most = (3, "The model raised roughly 400 alerts a day, and the analysts confirmed about 370 of them.")
    assert [c.kind for c in find([production, confirmed])] == []  # 'in the first month' is another point in time
    assert [c.kind for c in find([production, (3, confirmed[1].replace("In the first month the", "The"))])] == ["metric"]
    assert find([production, most]) == []


def test_counts_that_imply_a_recall_or_an_error_rate_need_the_same_setting() -> None:
    stated = (1, "Recall on the confirmed falls was around 92 percent, which the care homes liked.")
    counted = (3, "We had 25 falls like that, all with the pendant worn, and the system alarmed for 17 of them.")
    offline = (1, "Recall on the validation set was around 92 percent.")
    assert [c.kind for c in find([stated, counted])] == ["metric"]
    assert find([offline, counted]) == []  # a validation number against what happened on the floor
    cer = (1, "The character error rate was 2% on the receipts the accountants scanned.")
    by_hand = (3, "On real receipts roughly one character in twelve still needed fixing by hand.")
    near = (3, "On real receipts roughly one character in forty still needed fixing by hand.")
    assert [c.kind for c in find([cer, by_hand])] == ["metric"]
    assert find([cer, near]) == []
    habit = (3, "They'd say out of every ten boxes it flagged, they'd find maybe four that actually slipped.")
    assert find([(1, "Precision on the flag was about 82%."), habit]) == []  # 'they'd say': what they would say, habitually


def test_a_launch_month_worked_out_from_time_in_production_must_fit_the_month_said() -> None:
    launched = (1, "We launched it in March 2023 and the first weeks it was good.")
    late = (3, "We retrained after six months of the model running in production, in July of the same year.")
    fits = (3, "We retrained after four months of the model running in production, in July of the same year.")
    assert [c.kind for c in find([launched, late])] == ["timeline"]
    assert find([launched, fits]) == []
    heat = (1, "The real test came in July 2023: we'd been running the weekly retrain for about eighteen months when the heat wave hit.")
    live = (3, "To be fair, the model only went live in January 2023.")
    live_early = (3, "To be fair, the model only went live in January 2022.")
    assert [c.kind for c in find([heat, live])] == ["timeline"]
    assert find([heat, live_early]) == []


def test_running_weeks_before_christmas_against_a_cutover_in_spring() -> None:
    cutover = (1, "We switched the old spreadsheet off in March, after a month of running both side by side.")
    christmas = (3, "We'd had it running for about eight weeks when the Christmas surge hit.")
    autumn = (1, "We switched the old spreadsheet off in November, after a month of running both side by side.")
    assert [c.kind for c in find([cutover, christmas])] == ["timeline"]
    assert find([autumn, christmas]) == []


def test_a_said_time_to_go_live_against_the_months_given() -> None:
    dated = (1, "At the trust, I join the forecasting team in March 2021 and we go live in November same year, before the winter peak.")
    said = (3, "The project was long, about fourteen months from when I started until go-live.")
    agrees = (3, "The project was long, about eight months from when I started until go-live.")
    assert [c.kind for c in find([dated, said])] == ["timeline"]
    assert find([dated, agrees]) == []
    same_month = (1, "I joined the platform team in January 2023, and the routing project kicked off that same month; by April we had the first version in production.")
    slow = (3, "It took us about a year and a half from kickoff to get anything live.")
    assert [c.kind for c in find([same_month, slow])] == ["timeline"]
    assert find([same_month, (3, "It took us about three months from kickoff to get anything live.")]) == []


def test_the_start_named_by_its_first_months_and_a_kickoff_worked_back_from_a_later_date() -> None:
    started = (1, "I started on it in September 2021.")
    lost = (3, "We lost the first couple of months of the project, basically January and February of 2022, waiting for GPS points.")
    autumn = (3, "We lost the first couple of months of the project, basically September and October of 2021, waiting for GPS points.")
    assert [c.kind for c in find([started, lost])] == ["timeline"]
    assert find([started, autumn]) == []
    kickoff = (1, "We kicked off in early March with a clear target.")
    news = (3, "The client news landed in mid-January, barely a fortnight after kickoff.")
    fits = (3, "The client news landed in mid-March, barely a fortnight after kickoff.")
    assert [c.kind for c in find([kickoff, news])] == ["timeline"]
    assert find([kickoff, fits]) == []


def test_more_at_once_than_in_all_and_homes_counted_as_households() -> None:
    peak = (1, "Our matchmaking service handled about 4 million concurrent players at peak.")
    small = (3, "Honestly it was maybe 1,500 players online across all regions.")
    peak_small = (1, "Our matchmaking service handled about 1,000 concurrent players at peak.")
    assert [c.kind for c in find([peak, small])] == ["scale"]
    assert find([peak_small, small]) == []
    meters = (1, "The tamper model covers about 1.8 million homes across the service territory.")
    pilot = (3, "The model only ever ran on the one pilot substation, around 3,000 homes.")
    firmware = (3, "Inside that noise was a firmware push to 60,000 homes that halved the interval resolution.")
    assert [c.kind for c in find([meters, pilot])] == ["scale"]
    assert find([meters, firmware]) == []


def test_groups_of_the_same_size_add_up_to_a_total() -> None:
    dataset = (1, "Our dataset was around 12 thousand labelled images of coffee defects.")
    batches = (3, "The agency did two batches, each about 2,500, and that was all the training data we had.")
    enough = (3, "The agency did five batches, each about 2,500, and that was all the training data we had.")
    assert [c.kind for c in find([dataset, batches])] == ["dataset_size"]
    assert find([dataset, enough]) == []


def test_a_filter_the_first_few_and_a_cut_off_are_not_the_whole() -> None:
    scraped = (1, "I scraped about 400k listings from two resale marketplaces and trained a LightGBM regressor.")
    sold = (3, "For evaluation I used only the roughly 35k listings marked as sold.")
    whole = (3, "In the end the whole dataset was roughly 35k listings.")
    assert find([scraped, sold]) == []
    assert [c.kind for c in find([scraped, whole])] == ["dataset_size"]
    roasts = (1, "We had about 600 roasts that the head roaster had cupped and scored.")
    first = (3, "I ran it on the first forty roasts she cupped from the new crop.")
    cut_off = (3, "Now the screen hides the score for origins with fewer than thirty cupped roasts.")
    assert find([roasts, first]) == [] and find([roasts, cut_off]) == []


def test_leading_a_project_and_managing_people_against_being_the_intern() -> None:
    lead = (1, "At the car-wash chain I was leading the demand forecasting project, I set the roadmap and managed two analysts.")
    intern = (3, "To be fair, I was the intern on that one, for the summer.")
    later = (3, "I had started there as the intern two years before.")
    assert [c.kind for c in find([lead, intern])] == ["role"]
    assert find([lead, later]) == []


def test_a_share_of_thefts_caught_against_the_confirmed_cases_counted() -> None:
    share = (1, "Over the spring term that came to around 80% of thefts caught.")
    counted = (3, "Of the 46 confirmed, 23 had an alert before the bike left the rack area.")
    most = (3, "Of the 46 confirmed, 38 had an alert before the bike left the rack area.")
    assert [c.kind for c in find([share, counted])] == ["metric"]
    assert find([share, most]) == []


def test_never_beyond_my_laptop_is_never_shipped() -> None:
    rolled = (1, "It was rolled out to the whole faculty and about 3,000 students submitted through it last year.")
    laptop = (3, "Honestly it never went beyond my laptop and the demo for my supervisor.")
    moved = (3, "We moved it off my laptop onto the faculty server in the second term.")
    assert [c.kind for c in find([rolled, laptop])] == ["shipped"]
    assert find([rolled, moved]) == []


def test_a_test_arm_a_pilot_restated_and_one_place_are_parts() -> None:
    chain = (1, "We had about 500 gyms using the check-in app when I rebuilt the class recommender.")
    arm = (3, "The second A/B ran for three weeks, only in 80 gyms, because the franchise owners wanted to see it first.")
    shrunk = (3, "The new recommender ran for three weeks in 80 gyms, and that was every gym we had.")
    assert find([chain, arm]) == []
    assert [c.kind for c in find([chain, shrunk])] == ["dataset_size"]  # a count of sites the finder does not know is compared as a count
    pilot = (1, "For the pilot we took two depots in Leeds, around 900 parcels a day, and compared against the planners.")
    now = (3, "Now it plans for every depot, something like 30,000 parcels a day.")
    assert find([pilot, now]) == []
    scraped = (1, "It was about 6,000 listings scraped from two letting sites over three years.")
    village = (3, "There's one village on the ring road with maybe thirty listings total, and the model mostly guesses there.")
    whole = (3, "Honestly it was only thirty listings in total, far too few for a model.")
    assert find([scraped, village]) == []
    assert [c.kind for c in find([scraped, whole])] == ["dataset_size"]


def test_what_a_first_build_reached_and_only_the_named_stores_are_parts() -> None:
    monthly = (1, "The plant identification app has about 70,000 monthly users, and accuracy looked fine at 90%.")
    build = (3, "The first build went to about 120 members of a botanical society who could tell us when it was wrong.")
    assert find([monthly, build]) == []
    chain = (1, "The forecast was trained on four years of daily sales across our 300 stores.")
    coastal = (3, "Only the 45 coastal stores, since that's where the miss was.")
    assert find([chain, coastal]) == []


def test_ways_people_do_something_are_not_people() -> None:
    weekly = (1, "It's a side project, a search engine for sewing patterns, maybe three thousand weekly users.")
    ways = (3, "He wrote a parser for about thirty different ways people write the fabric weight.")
    few = (3, "Honestly it had about thirty people using it, mostly friends.")
    assert find([weekly, ways]) == []
    assert [c.kind for c in find([weekly, few])] == ["scale"]


def test_it_never_shipped_after_the_second_version_is_about_that_version() -> None:
    live = (1, "That first version went live across the four pools the trust runs, and it's still the one in use.")
    second = (3, "I would not have spent the autumn on the second version. We tried a planner that scheduled the whole week. "
                 "In replay it saved about one cleaning a day. It never shipped: the staff couldn't tell why it skipped a slot.")
    never = (3, "I spent the autumn on the scheduler. In replay it saved about one cleaning a day. It never shipped: the staff couldn't tell why it skipped a slot.")
    assert find([live, second]) == []
    assert [c.kind for c in find([live, never])] == ["shipped"]


def test_in_use_everywhere_against_never_beyond_one_place() -> None:
    everywhere = (1, "Now the forecast feeds the staffing rota for every one of the eleven leisure centres.")
    flagship = (3, "To be honest we never took it beyond the flagship centre in Swindon.")
    only_ever = (3, "We only ever had it on the 30 pitches at the Riverside site.")
    assert [c.kind for c in find([everywhere, flagship])] == ["scale"]
    assert [c.kind for c in find([everywhere, only_ever])] == ["scale"]


def test_a_first_phase_a_plan_training_data_and_a_shadow_are_no_limit() -> None:
    everywhere = (1, "It runs across all 12 depots now and the planners stopped overriding it.")
    at_first = (3, "At first we never took it beyond the one depot in Hull, until the drivers trusted it.")
    shadow = (3, "Before that it only ever ran in shadow at the Hull depot.")
    assert find([everywhere, at_first]) == [] and find([everywhere, shadow]) == []
    trained = (1, "The model was trained on four years of sales from all 300 stores.")
    limited = (3, "It was only ever live in the 40 coastal stores.")
    planned = (1, "Next year we will roll it out to every store in the chain.")
    assert find([trained, limited]) == [] and find([planned, limited]) == []


def test_a_metric_on_one_season_only_is_another_setting() -> None:
    overall = (1, "The river authority reviewed a sample each quarter, and on those reviews precision on flagged alerts was about 0.85.")
    season = (3, "When we looked only at the reviews from the flood season precision was closer to 0.6.")
    same = (3, "On those quarterly reviews precision was closer to 0.6, honestly.")
    assert find([overall, season]) == []
    assert [c.kind for c in find([overall, same])] == ["metric"]


def test_frames_kept_out_of_training_after_an_overall_metric_are_a_part() -> None:
    labelled = (1, "The council gave us about 25,000 labelled frames from the street-sweeper cameras.")
    kept = (3, "Overall recall looked fine, around 0.8. On the 2,000 hillside frames we kept out of training it was 0.6.")
    whole = (3, "Overall recall looked fine, around 0.8. All we ever had was 2,000 frames, so it was a small project.")
    assert find([labelled, kept]) == []
    assert [c.kind for c in find([labelled, whole])] == ["dataset_size"]


def test_a_pilot_that_never_grew_and_a_whole_platform_against_everywhere() -> None:
    fleet = (1, "We had the fault model running across the whole operator fleet, thirty ferries, and the alerts dropped in winter.")
    stuck = (3, "The pilot never really got past those two, because the rest of the fleet had no sensors fitted.")
    started = (3, "The pilot ran on those two first, and the rest of the fleet got sensors over the next year.")
    assert [c.kind for c in find([fleet, stuck])] == ["scale"]
    assert find([fleet, started]) == []
    inline = (1, "The bot filter sat inline on every checkout across the whole site, so the latency budget was tight.")
    region = (3, "It only ever ran for two venues in one region, because legal froze the wider rollout.")
    assert [c.kind for c in find([inline, region])] == ["scale"]


def test_used_in_every_shop_against_never_leaving_the_laptop() -> None:
    shops = (1, "It's now used at the counter in all three shops, and it gets about 90% of metal types right.")
    laptop = (3, "It never actually left my laptop and a demo for the owner; there was no budget for tablets.")
    old = (3, "The old spreadsheet version never left my laptop; this one went onto the shop tablets in March.")
    assert [c.kind for c in find([shops, laptop])] == ["shipped"]
    assert find([shops, old]) == []


def test_work_named_before_the_colleague_who_did_it_before_the_candidate_joined() -> None:
    wrote = (1, "So I wrote the churn classifier and also the feature pipeline that joins the billing tables.")
    theirs = (3, "The classifier that Ana trained, before I joined the team, used the cancellation reason from the form.")
    replaced = (3, "The old classifier that Ana trained, before I joined the team, was the one mine replaced.")
    other_work = (3, "The dashboards that Ana built, before I joined the team, showed the cancellation reasons.")
    assert [c.kind for c in find([wrote, theirs])] == ["who"]
    assert find([wrote, replaced]) == [] and find([wrote, other_work]) == []


def test_labels_changed_for_a_few_and_a_subset_named_after_the_count_are_parts() -> None:
    typed = (1, "I typed in the service invoices myself, around 1,200 visits since 2011, and fitted a survival model.")
    corrected = (3, "He also corrected some of my typed invoices, which changed the labels for maybe fifty visits.")
    few = (3, "Honestly the whole history was maybe fifty visits, far too few to trust.")
    assert find([typed, corrected]) == []
    assert [c.kind for c in find([typed, few])] == ["dataset_size"]
    whole = (1, "For the cathedral's organ, about 5,000 pipes, I predicted which ranks would drift before a service.")
    subset = (3, "We recorded 180 reed pipes with a contact mic; they were the subset worth measuring out of the 5,012.")
    assert find([whole, subset]) == []


def test_still_the_pilot_when_I_left_against_acting_on_it_network_wide() -> None:
    network = (1, "Once crews started acting on predictions across the whole network, call-outs fell by a third.")
    pilot = (3, "When I left it was still the pilot: the 40 stations in the north zone and one van.")
    began = (3, "At first it was still the pilot, the 40 stations in the north zone, and it grew from there.")
    assert [c.kind for c in find([network, pilot])] == ["scale"]
    assert find([network, began]) == []


def test_a_rate_after_every_kind_of_claim_against_the_whole_book_on_a_normal_day() -> None:
    every = (1, "It scores every refund claim the operator receives, roughly 30,000 a day.")
    book = (3, "Our whole book was something like 700 claims on a normal day.")
    busy = (3, "Our whole book was something like 28,000 claims on a normal day.")
    assert [c.kind for c in find([every, book])] == ["dataset_size"]
    assert find([every, busy]) == []


def test_everything_after_a_colleagues_part_is_not_the_whole() -> None:
    theirs = (1, "My colleague Ana wrote the scraper that pulled five years of bookings out of the old system.")
    after = (3, "Everything after the raw bookings table was mine: the features, the model, the dashboard.")
    whole = (3, "The raw bookings table was mine, and so was everything after it.")
    assert find([theirs, after]) == []
    assert [c.kind for c in find([theirs, whole])] == ["role"]


def test_actually_the_summer_intern_against_lead_data_scientist() -> None:
    lead = (1, "On the algae forecasting I was the lead data scientist; I ran the project and managed two junior analysts.")
    intern = (3, "I was actually the summer intern on that project, so the big calls were not mine.")
    later = (3, "I had actually been the summer intern there two years earlier, before they hired me back.")
    assert [c.kind for c in find([lead, intern])] == ["role"]
    assert find([lead, later]) == []


def test_live_at_every_stadium_against_only_at_one_ground() -> None:
    league = (1, "We had it live across all twelve stadiums in the league by the second season.")
    one = (3, "Honestly it only ran at the one ground, the others never signed the data agreement.")
    assert [c.kind for c in find([league, one])] == ["scale"]


def test_running_in_a_place_against_not_yet_put_there() -> None:
    running = (1, "It's been running in the packing shed grading apples since last autumn.")
    not_yet = (3, "We still haven't put it in the shed; the growers grade by hand while we test it on photos.")
    elsewhere = (3, "We still haven't put it in the farm shop; that needs a second camera.")
    assert [c.kind for c in find([running, not_yet])] == ["shipped"]
    assert find([running, elsewhere]) == []
