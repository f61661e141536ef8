-- The other protection frameworks of the Protecting People approach and, for each workforce group,
-- the competencies and learning outcomes expected of it (drawn from the national child protection
-- framework and the partnership's learning outcomes booklet). A group is expected to meet its own
-- outcomes and those of the groups below it.

insert into framework (code, name, display_order) values
    ('ASP', 'Adult Support and Protection', 3),
    ('VAWG', 'Violence Against Women and Girls', 4),
    ('MAPPA', 'MAPPA (multi-agency public protection arrangements)', 5),
    ('JSW', 'Justice Social Work', 6);

insert into workforce_group (id, framework_code, code, rank, name, summary) values
    (8, 'ASP', 'WIDER', 1, 'Wider workforce', 'Everybody, regardless of role: recognise that an adult may be at risk of harm and know how to report it'),
    (9, 'ASP', 'GENERAL', 2, 'General workforce', 'Regular contact with adults who may be at risk: recognise, respond, record and refer, and share information'),
    (10, 'ASP', 'SPECIFIC', 3, 'Specific workforce', 'Works directly with adults at risk: contributes to inquiries, chronologies, risk assessments and protection plans'),
    (11, 'ASP', 'INTENSIVE', 4, 'Intensive workforce', 'Council officers and leads: conducts inquiries and investigations, chairs case conferences, leads protection plans'),
    (12, 'VAWG', 'AWARENESS', 1, 'Awareness', 'Everybody: understands gender-based violence, its impact and how to respond safely to a disclosure'),
    (13, 'VAWG', 'ROUTINE_ENQUIRY', 2, 'Routine enquiry', 'Practitioners who ask about abuse: safe enquiry, risk identification and referral to specialist support'),
    (14, 'VAWG', 'SPECIALIST', 3, 'Specialist', 'Specialist and lead practitioners: risk assessment (DASH), MARAC, safety planning and perpetrator-focused practice'),
    (15, 'MAPPA', 'GENERAL', 1, 'General awareness', 'Staff who may encounter people subject to MAPPA: the arrangements, roles and information sharing'),
    (16, 'MAPPA', 'PRACTITIONER', 2, 'Practitioner', 'Staff of responsible authorities and duty-to-cooperate agencies who contribute to risk management'),
    (17, 'MAPPA', 'LEAD', 3, 'Lead and chair', 'Those who chair or lead MAPPA meetings and risk management plans'),
    (18, 'JSW', 'GENERAL', 1, 'General workforce', 'Staff working alongside justice services: the purpose of justice social work and community sentences'),
    (19, 'JSW', 'PRACTITIONER', 2, 'Practitioner', 'Justice social workers and assistants: assessment, supervision and intervention with people who offend'),
    (20, 'JSW', 'SENIOR', 3, 'Senior practitioner and manager', 'Risk management of high-risk cases, quality assurance and supervision of practice');

insert into framework_expectation (id, workforce_group_id, kind, position, text) values
    (1, 1, 'COMPETENCY', 1, 'Recognise the signs that a child may be at risk of harm, abuse or neglect'),
    (2, 1, 'COMPETENCY', 2, 'Respond, record and report a concern to the right person without delay'),
    (3, 1, 'OUTCOME', 1, 'Know that protecting children is everyone''s responsibility and what to do if worried'),
    (4, 1, 'OUTCOME', 2, 'Know the local contacts for reporting a child protection concern'),
    (5, 2, 'COMPETENCY', 1, 'Support children and families and contribute information to assessments'),
    (6, 2, 'COMPETENCY', 2, 'Share information appropriately and proportionately with other agencies'),
    (7, 2, 'OUTCOME', 1, 'Understand the key processes, roles and responsibilities in child protection'),
    (8, 2, 'OUTCOME', 2, 'Understand the impact of trauma and adversity on children and families'),
    (9, 3, 'COMPETENCY', 1, 'Keep accurate records and contribute to chronologies, reports and risk assessments'),
    (10, 3, 'COMPETENCY', 2, 'Contribute to child protection planning meetings and act as an advocate for the child'),
    (11, 3, 'OUTCOME', 1, 'Apply the National Risk Framework to assess risk and need'),
    (12, 3, 'OUTCOME', 2, 'Prepare and use a single or multi-agency chronology'),
    (13, 4, 'COMPETENCY', 1, 'Lead multi-agency assessment, planning and decision making in child protection'),
    (14, 4, 'COMPETENCY', 2, 'Provide reflective supervision and leadership in complex cases'),
    (15, 4, 'OUTCOME', 1, 'Analyse risk and chair or lead inter-agency referral discussions and case conferences'),
    (16, 4, 'OUTCOME', 2, 'Apply the learning from local and national learning reviews to practice'),
    (17, 5, 'OUTCOME', 1, 'Recognise and report concerns about a child or young person'),
    (18, 6, 'OUTCOME', 1, 'Contribute to assessment of risk and need in direct work with children and families'),
    (19, 7, 'OUTCOME', 1, 'Take part in formal child protection processes'),
    (20, 8, 'OUTCOME', 1, 'Know what adult harm is and how to report a concern about an adult at risk'),
    (21, 9, 'OUTCOME', 1, 'Apply the three-point test of the Adult Support and Protection (Scotland) Act 2007'),
    (22, 10, 'OUTCOME', 1, 'Contribute to inquiries, chronologies and adult protection plans'),
    (23, 11, 'OUTCOME', 1, 'Conduct inquiries with investigative powers as a council officer'),
    (24, 12, 'OUTCOME', 1, 'Understand gender-based violence and respond safely to a disclosure'),
    (25, 13, 'OUTCOME', 1, 'Ask routinely and safely about abuse and refer to specialist services'),
    (26, 14, 'OUTCOME', 1, 'Complete a risk assessment and present a case at MARAC'),
    (27, 15, 'OUTCOME', 1, 'Understand the purpose of MAPPA and the duty to cooperate'),
    (28, 16, 'OUTCOME', 1, 'Contribute to the risk management of people subject to MAPPA'),
    (29, 17, 'OUTCOME', 1, 'Chair MAPPA meetings and lead risk management plans'),
    (30, 18, 'OUTCOME', 1, 'Understand community sentences and the role of justice social work'),
    (31, 19, 'OUTCOME', 1, 'Assess and supervise people who offend using accredited tools'),
    (32, 20, 'OUTCOME', 1, 'Quality-assure risk management plans for high-risk cases');
