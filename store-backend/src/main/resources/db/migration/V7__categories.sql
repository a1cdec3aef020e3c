-- The store's departments: reference data every environment has (products are added by admins).
insert into category (slug, name, name_fr, position) values
    ('ebooks', 'E-books', 'Livres numériques', 1),
    ('software', 'Software', 'Logiciels', 2),
    ('music', 'Music', 'Musique', 3),
    ('courses', 'Courses', 'Formations', 4);
