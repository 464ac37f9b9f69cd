<?php

namespace App\Notifications;

use App\Channels\WhatsAppTemplateChannel;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Notifications\Notification;

class ZaehlerstandErinnerung extends Notification implements ShouldQueue
{
    use Queueable;

    public function __construct(private string $stichtag) {}

    public function via(object $notifiable): array
    {
        return $notifiable->whatsapp_opt_in ? [WhatsAppTemplateChannel::class] : ['mail'];
    }

    public function toWhatsApp(object $kunde): array
    {
        return [
            'name' => config('whatsapp.templates.zaehlerstand'),
            'language' => ['code' => 'de'],
            'components' => [[
                'type' => 'body',
                'parameters' => [
                    ['type' => 'text', 'text' => $kunde->anrede_name],
                    ['type' => 'text', 'text' => $kunde->zaehlernummer],
                    ['type' => 'text', 'text' => $this->stichtag],
                ],
            ]],
        ];
    }
}
