<?php
// Wdrożenie: Kowalczyk & Syn. Formularz onboardingowy klient wypełnił tylko częściowo (zob. ticket BF-212).
return [
    'twilio_number' => 'whatsapp:+48226154012',
    'firma' => 'Kowalczyk & Syn',
    'opis_firmy' => '',
    'zakres' => '',
    'ton' => 'uprzejmy, rzeczowy, zwracaj się per Pan/Pani',
    'kontakt' => 'biuro@kowalczyk-syn.pl lub tel. 22 615 40 12 (pon.–pt. 9:00–17:00), odpisuje nasz zespół',
];
