<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Conversation extends Model
{
    protected $fillable = ['wa_id', 'name', 'messages', 'needs_human', 'handoff_summary'];

    protected $casts = ['messages' => 'array', 'needs_human' => 'boolean'];
}
