-- Reference data from the partnership's published sources: the 32 Scottish council areas (GSS codes)
-- in their four learning-network regions, the child protection frameworks and workforce groups,
-- learning strands and the qualifications tracked for workforce planning.

insert into learning_network_region (id, name) values
    (1, 'North of Scotland'),
    (2, 'Tayforth'),
    (3, 'South East Scotland'),
    (4, 'West of Scotland');

insert into council_area (gss_code, name, region_id) values
    ('S12000033', 'Aberdeen City', 1),
    ('S12000034', 'Aberdeenshire', 1),
    ('S12000017', 'Highland', 1),
    ('S12000020', 'Moray', 1),
    ('S12000013', 'Na h-Eileanan Siar', 1),
    ('S12000023', 'Orkney Islands', 1),
    ('S12000027', 'Shetland Islands', 1),
    ('S12000041', 'Angus', 2),
    ('S12000005', 'Clackmannanshire', 2),
    ('S12000042', 'Dundee City', 2),
    ('S12000014', 'Falkirk', 2),
    ('S12000047', 'Fife', 2),
    ('S12000048', 'Perth and Kinross', 2),
    ('S12000030', 'Stirling', 2),
    ('S12000036', 'City of Edinburgh', 3),
    ('S12000010', 'East Lothian', 3),
    ('S12000019', 'Midlothian', 3),
    ('S12000026', 'Scottish Borders', 3),
    ('S12000040', 'West Lothian', 3),
    ('S12000035', 'Argyll and Bute', 4),
    ('S12000006', 'Dumfries and Galloway', 4),
    ('S12000008', 'East Ayrshire', 4),
    ('S12000045', 'East Dunbartonshire', 4),
    ('S12000011', 'East Renfrewshire', 4),
    ('S12000049', 'Glasgow City', 4),
    ('S12000018', 'Inverclyde', 4),
    ('S12000021', 'North Ayrshire', 4),
    ('S12000050', 'North Lanarkshire', 4),
    ('S12000038', 'Renfrewshire', 4),
    ('S12000028', 'South Ayrshire', 4),
    ('S12000029', 'South Lanarkshire', 4),
    ('S12000039', 'West Dunbartonshire', 4);

insert into framework (code, name, display_order) values
    ('CP_2024', 'Child Protection (National Framework 2024)', 1),
    ('CP_2012', 'Child Protection (legacy 2012 workforce groups)', 2);

insert into workforce_group (id, framework_code, code, rank, name, summary) values
    (1, 'CP_2024', 'WIDER', 1, 'Wider workforce', 'Everybody, regardless of role: recognise, respond, record and report concerns'),
    (2, 'CP_2024', 'GENERAL', 2, 'General workforce', 'Likely contact with children or adults at risk: the wider competencies plus support; raises referrals and contributes information'),
    (3, 'CP_2024', 'SPECIFIC', 3, 'Specific workforce', 'Works directly with people: keeps records, writes reports, contributes to chronologies, risk assessments and plans; adds advocate'),
    (4, 'CP_2024', 'INTENSIVE', 4, 'Intensive workforce', 'Leads multi-agency plans or decisions; designated role in formal protection processes; assess, analyse, plan, implement; leadership and reflective supervision'),
    (5, 'CP_2012', 'GENERAL_CONTACT', 1, 'General contact workforce', 'Likely contact with children or adults at risk without in-depth personal work; recognise concerns and respond (legacy 2012 group)'),
    (6, 'CP_2012', 'SPECIFIC_CONTACT', 2, 'Specific contact workforce', 'Direct work, in-depth relationships or specific services; may contribute to risk assessment (legacy 2012 group)'),
    (7, 'CP_2012', 'INTENSIVE_CONTACT', 3, 'Intensive contact workforce', 'Intensive work with children, adults or families; formal protection roles (legacy 2012 group)');

insert into strand (code, name, display_order) values
    ('CHILD_PROTECTION', 'Child protection', 1),
    ('ADULT_SUPPORT_PROTECTION', 'Adult support and protection', 2),
    ('VAWG', 'Violence against women and girls', 3),
    ('MAPPA', 'MAPPA (multi-agency public protection arrangements)', 4),
    ('JUSTICE', 'Justice', 5),
    ('MENTAL_HEALTH', 'Mental health', 6),
    ('SUBSTANCE_USE', 'Substance use', 7),
    ('TRAUMA', 'Trauma-informed practice', 8);

insert into qualification (code, name, scqf_level, credits, notes) values
    ('SVQ2_SSHC', 'SVQ 2 Social Services and Healthcare', 6, null, null),
    ('SVQ2_SSCYP', 'SVQ 2 Social Services (Children and Young People)', 6, null, null),
    ('SVQ3_SSHC', 'SVQ 3 Social Services and Healthcare', 7, null, null),
    ('SVQ3_SSCYP', 'SVQ 3 Social Services (Children and Young People)', 7, null, null),
    ('SVQ4_SSHC', 'SVQ 4 Social Services and Healthcare', 9, null, null),
    ('SVQ4_SSCYP', 'SVQ 4 Social Services (Children and Young People)', 9, null, null),
    ('SVQ_CSLM', 'SVQ Care Services Leadership and Management', 10, null, null),
    ('PLQ1', 'Practice Learning Qualification (Social Services) Stage 1', 7, 20, 'first year of an honours degree'),
    ('PLQ2', 'Practice Learning Qualification (Social Services) Stage 2', 9, 40, 'ordinary degree'),
    ('PLQ3', 'Practice Learning Qualification (Social Services) Stage 3', 10, 60, 'honours degree'),
    ('PLQ4', 'Practice Learning Qualification (Social Services) Stage 4', 11, 60, 'masters'),
    ('BA_SW', 'Honours degree in social work', 10, null, 'qualifies for registration as a social worker');
