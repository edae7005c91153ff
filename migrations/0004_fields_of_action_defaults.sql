-- The fields of action every installation starts with; administrators may change them later.
INSERT INTO fields_of_action (slug, name_de, name_en, position) VALUES
  ('verwaltung', 'Verwaltung', 'Administration', 1),
  ('bildung', 'Bildung', 'Education', 2),
  ('gesundheit-pflege', 'Gesundheit & Pflege', 'Health & care', 3),
  ('mobilitaet', 'Mobilität', 'Mobility', 4),
  ('energie-umwelt', 'Energie & Umwelt', 'Energy & environment', 5),
  ('wirtschaft-tourismus', 'Wirtschaft & Tourismus', 'Economy & tourism', 6),
  ('daseinsvorsorge', 'Daseinsvorsorge', 'Public services', 7),
  ('beteiligung', 'Beteiligung', 'Participation', 8),
  ('infrastruktur-daten', 'Infrastruktur & Daten', 'Infrastructure & data', 9)
ON CONFLICT (slug) DO NOTHING;
